/**
 * The code of the chart's labels, mark buttons, tooltip and arcs (overlay-code.ts), fetched once
 * the first marks are on screen and kept for every chart after. A failed fetch is not kept: a
 * browser that retries a failed import gets another chance on the chart's "Try again" (Chromium
 * keeps the failure until a reload, which is what the message asks for).
 */
import { loadPart } from '../../ui/load-part';
import type { OverlayCode } from './overlay-code';

let pending: Promise<OverlayCode> | undefined;

export function loadOverlayCode(): Promise<OverlayCode> {
  if (!pending) {
    const load = loadPart(
      () => import('./overlay-code').then((m) => m.overlayCode),
      "the chart's labels and mark buttons",
    );
    load.catch(() => {
      if (pending === load) pending = undefined;
    });
    pending = load;
  }
  return pending;
}
