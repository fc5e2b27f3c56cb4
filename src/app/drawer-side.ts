/**
 * Which side of the window the details drawer opens on. Its usual place is the right; a mark
 * clicked where the drawer would lie opens it on the left instead, so the mark stays under the
 * pointer and in sight (the chart neither pans nor narrows). Opened by keyboard, or from a link,
 * the drawer keeps its side and the chart pans the event into view: there is no pointer to keep.
 */
export type DrawerSide = 'right' | 'left';

/** px: the drawer's width where the window is wider (app.css, `.layout.with-details .details`). */
export const DRAWER_WIDTH_PX = 420;

/** A mark's left and right edges, in viewport px. */
export interface Span {
  left: number;
  right: number;
}

/**
 * The side for a drawer opened (or kept open) by a click on `mark`, in a window `viewportWidth`
 * px wide, the drawer being on `current` (its usual place, 'right', when it is closed): `current`
 * unless the mark lies under it there and clear of it on the other side. On a phone the drawer
 * fills the window, and no side leaves the mark in sight: it stays where it is.
 */
export function drawerSideFor(mark: Span, viewportWidth: number, current: DrawerSide): DrawerSide {
  const width = Math.min(DRAWER_WIDTH_PX, viewportWidth);
  const under = (side: DrawerSide) =>
    side === 'right' ? mark.right > viewportWidth - width : mark.left < width;
  if (!under(current)) return current;
  const other: DrawerSide = current === 'right' ? 'left' : 'right';
  return under(other) ? current : other;
}

/** The page layout's class: the drawer open, and on which side. */
export function layoutClass(open: boolean, side: DrawerSide): string {
  if (!open) return 'layout';
  return side === 'left' ? 'layout with-details drawer-left' : 'layout with-details';
}
