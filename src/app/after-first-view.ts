/**
 * Code the first view does not show (the printout, the shortcuts dialog, the offline worker)
 * loads once the first marks are on screen and the page is idle, so that it is never part of the
 * JavaScript the first marks wait for, even when the browser idles while a large dataset is
 * checked in its worker. A page that draws no chart (the list view, an error) waits
 * `fallbackMs` instead.
 */
import { afterChartPainted } from '../ui/paint-signal';
import { whenIdle } from './when-idle';

export function afterFirstView(fallbackMs = 3000): Promise<void> {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs));
  return Promise.race([afterChartPainted(), fallback]).then(() => whenIdle());
}
