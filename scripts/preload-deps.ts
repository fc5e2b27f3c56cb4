/**
 * Which files a lazy part's import preloads beside it. Vite lists, for every `import()` in the
 * app, the files that part imports in turn, so the browser fetches them in parallel rather than
 * one after the other; that list of hashed file names is code in the page's first script (about
 * 1 KB gzip for some forty lazy parts). It is kept for the chart's own parts, fetched right
 * after its first marks (labels and mark buttons, gestures, the overview, the stance tracks,
 * the legend), whose speed the reader sees; the other parts (dialogs, the list, the details,
 * downloads) fetch what they import once they arrive, one short round trip more the first time
 * they are opened. Files the page always has (React, the bundler's runtime) are never listed.
 */

/** The chart's parts loaded after its first marks, by the start of their file names. */
const CHART_PARTS =
  /(?:^|[\\/])(?:overlay-code|zoom-behaviour|overview|stance-tracks|legend)-[\w-]+\.js$/;
/** Files loaded with the page itself. */
const ALWAYS_LOADED = /(?:^|[\\/])(?:react|rolldown-runtime)-[\w-]+\.js$/;

/** `build.modulePreload.resolveDependencies`: what to preload with `filename`. */
export function preloadDeps(
  filename: string,
  deps: string[],
  context: { hostType: 'html' | 'js' },
): string[] {
  if (context.hostType === 'html') return deps;
  if (!CHART_PARTS.test(filename)) return [];
  return deps.filter((d) => !ALWAYS_LOADED.test(d));
}
