/**
 * ← and → step through an open story, anywhere on the page but where the key belongs to what
 * has focus. Pure, so the rule is tested without a page; `use-story-keys.ts` listens.
 */

/** What a key press needs to say about where it happened. */
export interface StoryKeyPress {
  key: string;
  /** Alt, Control, Meta or Shift held, or the press already handled. */
  modified: boolean;
  /** The key belongs to what has focus: a field, the timeline's marks, a menu, a dialog, a slider. */
  taken: boolean;
}

/** The step a key press moves the story to, or null when it is not the story's. */
export function storyStepForKey(press: StoryKeyPress, step: number, count: number): number | null {
  if (press.modified || press.taken) return null;
  if (press.key === 'ArrowRight' && step < count) return step + 1;
  if (press.key === 'ArrowLeft' && step > 1) return step - 1;
  return null;
}
