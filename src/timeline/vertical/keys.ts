/**
 * The vertical reading's keys, as a pure function of the ordinal of the focused event: the same
 * keys as the horizontal chart, turned a quarter. ↓ and → go to the next event in time, ↑ and ←
 * to the previous one (time flows down, and → is "later" on the horizontal chart, so either
 * habit works); Home/End go to the first/last event; PageDown/PageUp jump by a screenful.
 * Enter, Space and Escape are the buttons' and the details panel's own.
 */

/**
 * The ordinal to focus after `key`, clamped to the events; null for a key this does not handle
 * (so the browser keeps it) or when there are no events.
 */
export function targetOrdinal(key: string, at: number, count: number, page: number): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return clamp(at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return clamp(at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(at + Math.max(1, page));
    case 'PageUp':
      return clamp(at - Math.max(1, page));
    default:
      return null;
  }
}
