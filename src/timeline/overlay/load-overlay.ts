/**
 * The code of the chart's labels, mark buttons, tooltip and arcs (overlay-code.ts), fetched once
 * the first marks are on screen and kept for every chart after. A failed fetch is kept until the
 * chart's "Try again", which fetches it again (ui/load-part.ts `partLoader`).
 */
import { partLoader } from '../../ui/load-part';
import type { OverlayCode } from './overlay-code';

export const loadOverlayCode: () => Promise<OverlayCode> = partLoader(
  () => import('./overlay-code').then((m) => m.overlayCode),
  "the chart's labels and mark buttons",
);
