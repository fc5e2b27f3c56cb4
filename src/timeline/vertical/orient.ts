/**
 * Which way the timeline reads. Below the phone breakpoint the default is top to bottom (time
 * flows down the screen, labels get its whole width); above it, left to right. A reader's
 * explicit choice is kept at any width, and the link carries it (`orient=`), so a link opens the
 * way it was read. Choosing the default of the current width writes 'auto', so that a link made
 * on a phone without a choice opens as the chart on a desktop.
 */

/** The view state's value (`state/view-state.ts`), repeated here so the timeline needs no store. */
export type OrientMode = 'auto' | 'vertical' | 'horizontal';
export type Orientation = 'vertical' | 'horizontal';

/** The app's phone layout (`styles/app.css`): one column, filters in a drawer. */
export const NARROW_QUERY = '(max-width: 640px)';

export function resolveOrient(mode: OrientMode, narrow: boolean): Orientation {
  if (mode !== 'auto') return mode;
  return narrow ? 'vertical' : 'horizontal';
}

/** The view state's value for a reader's choice at this width. */
export function orientChoice(choice: Orientation, narrow: boolean): OrientMode {
  return choice === resolveOrient('auto', narrow) ? 'auto' : choice;
}

/**
 * Whether to offer the choice: on a phone always; above it only while the timeline reads top to
 * bottom (a link asked for it), so that the reader can turn it back.
 */
export function offersOrientChoice(mode: OrientMode, narrow: boolean): boolean {
  return narrow || resolveOrient(mode, narrow) === 'vertical';
}
