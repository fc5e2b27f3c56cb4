import {
  useCallback,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { rovingStop, rovingTarget, type Orientation } from './roving';

/** Controls a group can hold. Radio groups are not among them: they rove on their own. */
const CONTROLS = 'button, input:not([type="hidden"]), select, textarea, summary, a[href]';

/**
 * What opens from a control in the group (a menu, the dataset list, a dialog) is not part of
 * the group: its own keys move inside it, and its controls never take the group's tab stop.
 */
const POPUPS = '[role="menu"], [role="dialog"], dialog, [hidden], [data-roving-skip]';

/** The group's own controls, in document order. */
function itemsOf(group: HTMLElement): HTMLElement[] {
  return Array.from(group.querySelectorAll<HTMLElement>(CONTROLS)).filter((el) => {
    if ((el as HTMLButtonElement).disabled) return false;
    const popup = el.closest(POPUPS);
    return popup === null || !group.contains(popup) || popup === group;
  });
}

/**
 * A roving tab stop over the controls inside `ref` (the WAI-ARIA APG toolbar pattern): one of
 * them has tabindex 0, the rest -1; the arrow keys along `orientation`, Home and End move focus;
 * Tab leaves the group and comes back to the control last focused. Controls may come and go (a
 * story's button hides while the story is open): the stop is placed again on every change
 * under the group, so there is always exactly one while there is any control at all.
 *
 * The tabindex is written on the DOM, not through props, because the controls belong to other
 * components (menu buttons, the file picker); React leaves an attribute it does not manage alone.
 * Returns the handlers to spread on the group's element.
 */
export function useRovingFocus(
  ref: RefObject<HTMLElement | null>,
  orientation: Orientation,
  enabled = true,
): {
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onFocus: (e: FocusEvent<HTMLElement>) => void;
} {
  const last = useRef<HTMLElement | null>(null);

  const place = useCallback(() => {
    const group = ref.current;
    if (!group) return;
    const items = itemsOf(group);
    const stop = rovingStop(items, last.current);
    for (const el of items) el.tabIndex = el === stop ? 0 : -1;
  }, [ref]);

  useLayoutEffect(() => {
    const group = ref.current;
    if (!enabled || !group) return;
    place();
    const observer = new MutationObserver(place);
    observer.observe(group, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden'],
    });
    return () => observer.disconnect();
  }, [ref, enabled, place]);

  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const group = ref.current;
      if (!enabled || !group || !(e.target instanceof HTMLElement)) return;
      if (!itemsOf(group).includes(e.target)) return;
      last.current = e.target;
      place();
    },
    [ref, enabled, place],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const group = ref.current;
      if (!enabled || !group || e.defaultPrevented) return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const items = itemsOf(group);
      const current = items.indexOf(e.target as HTMLElement);
      const to = rovingTarget(e.key, current, items.length, orientation);
      if (to === null) return;
      e.preventDefault();
      items[to]?.focus();
    },
    [ref, enabled, orientation],
  );

  return { onKeyDown, onFocus };
}
