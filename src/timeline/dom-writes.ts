/**
 * The few DOM writes the frame loop makes outside React — CSS variables, a class, data
 * attributes, the pointer cursor — named in one place. They touch elements React rendered but
 * never the attributes React manages, so the two never overwrite each other.
 */

/**
 * Moves a layer whose children are placed at their settled x so that they land where the live
 * transform draws them: x_live = a · x_settled + b, with a = k / k_settled. One transform on the
 * container, so a frame restyles one element, not every child. While the zoom differs from the
 * settled one the layer is stretched by `a` (its children are transparent buttons, or hidden).
 */
export function writeFollow(
  el: HTMLElement,
  live: { k: number; x: number },
  settled: { k: number; x: number },
): void {
  const a = live.k / settled.k;
  const b = live.x - a * settled.x;
  const transform =
    Math.abs(a - 1) < 1e-9 && Math.abs(b) < 1e-6 ? '' : `matrix(${a}, 0, 0, 1, ${b}, 0)`;
  writeStyle(el, 'transform', transform);
}

/**
 * The value each frame-written style was last given, per element: comparing with it costs a
 * lookup, where reading `el.style` back serialises the declaration on every frame.
 */
const written = new WeakMap<HTMLElement, Map<string, string>>();

function writeStyle(el: HTMLElement, property: 'transform' | 'opacity', value: string): void {
  let last = written.get(el);
  if (!last) {
    last = new Map();
    written.set(el, last);
  }
  if (last.get(property) === value) return;
  last.set(property, value);
  el.style[property] = value;
}

/**
 * Hides a layer and everything in it without restyling its children: opacity is not inherited,
 * so this restyles one element where a class on an ancestor (or `visibility`, which is
 * inherited) restyles every label and button under it on the frame a zoom begins and ends.
 * The layer stays in the accessibility tree and its buttons stay where they are.
 */
export function writeHidden(el: HTMLElement, hidden: boolean): void {
  writeStyle(el, 'opacity', hidden ? '0' : '');
}

/** Whether the zoom drawn differs from the settled one (a zoom is under way or unsettled). */
export function zoomDiffers(live: { k: number }, settled: { k: number }): boolean {
  return Math.abs(live.k / settled.k - 1) > 1e-9;
}

/** Layers left where they were while hidden (see writeFollowOrHide). */
const stale = new WeakSet<HTMLElement>();

/**
 * A layer placed at the settled view, following the live one: hidden while the zoom differs from
 * the settled one, and moved by `writeFollow` while it shows and while `follow` (an animation:
 * its buttons stay over their marks, for a click in the middle of it). During the reader's own
 * gesture a hidden layer is left where it was, so the frames of a wheel zoom or a pinch change
 * nothing in the page but the canvas; it is moved into place before it shows again.
 */
export function writeFollowOrHide(
  el: HTMLElement,
  live: { k: number; x: number },
  settled: { k: number; x: number },
  follow: boolean,
): void {
  const hidden = zoomDiffers(live, settled);
  if (hidden && !follow) {
    stale.add(el);
  } else {
    writeFollow(el, live, settled);
    stale.delete(el);
  }
  writeHidden(el, hidden);
}

/**
 * Whether a layer is hidden and left at the settled view while the view moved: its buttons are
 * then not over the marks drawn under them.
 */
export function isLayerStale(el: HTMLElement | null): boolean {
  return el !== null && stale.has(el);
}

export function writeData(el: HTMLElement, key: string, value: string): void {
  if (el.dataset[key] !== value) el.dataset[key] = value;
}

export function writeCursor(el: HTMLElement, cursor: string): void {
  if (el.style.cursor !== cursor) el.style.cursor = cursor;
}
