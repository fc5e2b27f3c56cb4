import { useEffect, useEffectEvent } from 'react';
import { storyStepForKey } from './story-keys';

/** Keys that belong to what has focus: fields, the timeline's marks, menus and dialogs. */
function keyIsTaken(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof Element)) return false;
  if (
    t instanceof HTMLElement &&
    (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))
  )
    return true;
  return t.closest('.marks, [role="menu"], dialog, [role="slider"]') !== null;
}

/**
 * ← / → step through the open story of `count` steps while `open`. Listened for on the page
 * from the moment the story is in the link, not by the story's panel, which loads later: keys
 * pressed before it arrives still step. The step is read when the key comes (`currentStep`),
 * so presses quicker than a render each count.
 */
export function useStoryKeys(
  open: boolean,
  count: number,
  currentStep: () => number | null,
  onStep: (step: number) => void,
) {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const step = currentStep();
    if (step === null) return;
    const modified = e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey;
    const to = storyStepForKey({ key: e.key, modified, taken: keyIsTaken(e) }, step, count);
    if (to === null) return;
    e.preventDefault();
    onStep(to);
  });
  useEffect(() => {
    if (!open) return;
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [open]);
}
