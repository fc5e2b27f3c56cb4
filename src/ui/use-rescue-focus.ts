import { useEffect, type RefObject } from 'react';

/**
 * When a state replaces the control that had focus (an error panel gives way to "Loading…" after
 * "Try again", and back), focus falls to <body> and a keyboard or screen-reader user is lost.
 * On mount, this moves focus to `ref` only in that case, never stealing it from anywhere else.
 */
export function useRescueFocus(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus({ preventScroll: true });
  }, [ref, enabled]);
}
