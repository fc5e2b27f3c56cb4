/**
 * The Chromium trace categories the benchmark's trace tools record: the main thread's tasks and
 * what they spent on script, style, layout, paint and commit, and the page's performance marks.
 */
export const TIMELINE_CATEGORIES: readonly string[] = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'blink.user_timing',
];
