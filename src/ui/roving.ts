/**
 * The arithmetic of a roving tab stop (WAI-ARIA APG "Toolbar" and "Developing a Keyboard
 * Interface: Managing Focus Within Components Using a Roving tabindex"): a group of controls is
 * one stop in the Tab order, and the arrow keys, Home and End move focus between its controls.
 * Pure, so the rules are tested without a DOM; `use-roving-focus.ts` applies them.
 */

/** Which arrow keys move: ← → for a row of buttons, ↑ ↓ for a column (the lane names). */
export type Orientation = 'horizontal' | 'vertical';

const STEPS: Record<Orientation, Readonly<Record<string, number>>> = {
  horizontal: { ArrowRight: 1, ArrowLeft: -1 },
  vertical: { ArrowDown: 1, ArrowUp: -1 },
};

/**
 * The index focus moves to when `key` is pressed on item `current` of `count`, or null when the
 * key is not one the group answers (so the control keeps it: ↓ still opens a menu button's
 * menu in a row). Arrows wrap at the ends, as the APG toolbar example does; Home and End jump.
 */
export function rovingTarget(
  key: string,
  current: number,
  count: number,
  orientation: Orientation,
): number | null {
  if (count <= 0 || current < 0 || current >= count) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[orientation][key];
  if (step === undefined) return null;
  return (current + step + count) % count;
}

/**
 * The item that holds the group's one tab stop: the one last focused while it is still there,
 * else the first. Tab then comes back to where the reader left the group.
 */
export function rovingStop<T>(items: readonly T[], last: T | null): T | null {
  if (last !== null && items.includes(last)) return last;
  return items[0] ?? null;
}
