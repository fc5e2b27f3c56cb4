/**
 * Where the details drawer starts, in viewport px. The drawer lies over the chart's right (or
 * left) rather than narrowing it (so opening it never moves a mark); it starts at the top of the
 * chart frame so it never covers the header's controls, the story panel or the chart's toolbar,
 * and rises with the chart as the page scrolls, up to the top of the window.
 */

/** px: the drawer is never shorter than this (or the whole window, if that is shorter). */
export const DRAWER_MIN_HEIGHT = 320;

/**
 * `anchorTop`: the chart frame's top in viewport px (negative once scrolled past); the drawer
 * starts there, but no lower than leaves it DRAWER_MIN_HEIGHT px to the bottom of the window.
 * `floor`: the bottom of the panels above the chart that it must leave uncovered (the story and
 * compare panels where they reach under the drawer): it never rises above it, even if that
 * leaves it shorter — the page then scrolls to give it room (`drawerShortfall`).
 */
export function drawerTop(anchorTop: number, viewportHeight: number, floor = -Infinity): number {
  const lowest = Math.max(0, viewportHeight - DRAWER_MIN_HEIGHT, floor);
  // Whole px, never rounded up over the floor's fraction of a px.
  return Math.max(Math.round(Math.min(Math.max(0, anchorTop, floor), lowest)), Math.ceil(floor));
}

/** px the page must scroll for a drawer starting at `top` to get its minimum height. */
export function drawerShortfall(top: number, viewportHeight: number): number {
  return Math.max(0, Math.min(viewportHeight, DRAWER_MIN_HEIGHT) - (viewportHeight - top));
}

/** Horizontal extent of a box, in viewport px. */
interface Across {
  left: number;
  right: number;
}

/**
 * The floor for `drawerTop`: the lowest bottom of `panels` that reach into the drawer's span
 * across the window (-Infinity when none does).
 */
export function panelFloor(
  panels: readonly (Across & { bottom: number })[],
  drawer: Across,
): number {
  let floor = -Infinity;
  for (const p of panels) {
    if (p.right > drawer.left && p.left < drawer.right) floor = Math.max(floor, p.bottom);
  }
  return floor;
}
