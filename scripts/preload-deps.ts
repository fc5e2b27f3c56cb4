/**
 * Which files a lazy part's import preloads beside it. Vite lists, for every `import()` in the
 * app, the files that part imports in turn, so the browser fetches them in parallel rather than
 * one after the other; that list of hashed file names is code in the page's first script (about
 * 1 KB gzip for some forty lazy parts). It is kept only where the reader waits on the part: the
 * chart's labels and mark buttons, fetched right after its first marks, and the code that checks
 * a dataset the build did not check, which the first marks wait for (on a busy page, the file it
 * imports arrived 200 ms after it did, and the check of 10,000 events waited on it, already done
 * in the worker). Every other part (gestures, the overview, the stance tracks, the legend,
 * dialogs, the list, the details, downloads) fetches what it imports once it arrives, one short
 * round trip more the first time. Files the page always has (React, the bundler's runtime) are
 * never listed.
 */

/**
 * By file name: the chart's labels, mark buttons, tooltip and arcs (overlay-code.ts), and the
 * dataset's validation (validate-off-thread.ts).
 */
const WAITED_ON = /(?:^|[\\/])(?:overlay-code|validate-off-thread)-[\w-]+\.js$/;
/** Files loaded with the page itself. */
const ALWAYS_LOADED = /(?:^|[\\/])(?:react|rolldown-runtime)-[\w-]+\.js$/;

/** `build.modulePreload.resolveDependencies`: what to preload with `filename`. */
export function preloadDeps(
  filename: string,
  deps: string[],
  context: { hostType: 'html' | 'js' },
): string[] {
  if (context.hostType === 'html') return deps;
  if (!WAITED_ON.test(filename)) return [];
  return deps.filter((d) => !ALWAYS_LOADED.test(d));
}
