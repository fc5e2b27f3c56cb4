/**
 * Where the details drawer starts, in viewport px. The drawer lies over the chart's right rather
 * than narrowing it (so opening it never moves a mark); it starts at the top of the chart frame so
 * it never covers the header's controls, the story panel or the chart's toolbar, and rises with
 * the chart as the page scrolls, up to the top of the window.
 */

/** px: the drawer is never shorter than this (or the whole window, if that is shorter). */
export const DRAWER_MIN_HEIGHT = 320;

/**
 * `anchorTop`: the chart frame's top in viewport px (negative once scrolled past); the drawer
 * starts there, but no lower than leaves it DRAWER_MIN_HEIGHT px to the bottom of the window.
 */
export function drawerTop(anchorTop: number, viewportHeight: number): number {
  const lowest = Math.max(0, viewportHeight - DRAWER_MIN_HEIGHT);
  return Math.round(Math.min(Math.max(0, anchorTop), lowest));
}
