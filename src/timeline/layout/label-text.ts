/**
 * A label's text and the room it claims beside its mark, from the event's title alone: the lane
 * layout reserves that room when it packs the lanes, before the first marks are drawn, and the
 * label placer (scene-labels.ts, loaded after them) writes the same text in it.
 */
import { estimateTextWidth, truncateLabel } from './text-width';

export const LABEL_FONT_PX = 12;
/** px from a mark's centre to its label's near edge: the largest mark's radius and a margin. */
export const LABEL_OFFSET_PX = 14;
/** px of clear space between a label and anything else on its line. */
export const LABEL_GAP_PX = 3;

/**
 * Labels already cut and measured, per title (one map for wide plots, one for phones): cutting
 * splits the title into graphemes, and the same titles are placed at every settle and every
 * focus move. Emptied past LABEL_CACHE_SIZE titles, so a session of many records stays small.
 */
const LABEL_CACHE_SIZE = 20_000;
const labelCache = [new Map<string, Label>(), new Map<string, Label>()] as const;

export interface Label {
  text: string;
  /** px: the text's estimated width, and the room it claims beside its mark (below). */
  width: number;
  roomPx: number;
}

/** A title cut and measured as its label (cached). */
export function label(title: string, compact: boolean): Label {
  const cache = labelCache[compact ? 1 : 0];
  let found = cache.get(title);
  if (found === undefined) {
    const text = truncateLabel(title, compact ? 28 : 34);
    const width = estimateTextWidth(text, LABEL_FONT_PX);
    found = { text, width, roomPx: LABEL_OFFSET_PX + width + LABEL_GAP_PX };
    if (cache.size >= LABEL_CACHE_SIZE) cache.clear();
    cache.set(title, found);
  }
  return found;
}

/** A title as a label writes it: cut to 34 characters (28 on phones). */
export function labelText(title: string, compact: boolean): string {
  return label(title, compact).text;
}

/**
 * px a label claims beside its mark's centre: the offset, the text and the gap after it. The
 * lane layout reserves this much beside every key event (label-room.ts), so the label finds room
 * on its own line at every zoom from the widest view in.
 */
export function labelRoomPx(title: string, compact: boolean): number {
  return label(title, compact).roomPx;
}
