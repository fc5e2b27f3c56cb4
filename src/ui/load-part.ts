/**
 * Code the first view does not need is fetched when it is first used. When that fetch fails (the
 * connection dropped, or a newer build has replaced the files this page was loaded from), the
 * reader is told so in words, with what to do, instead of the browser's "Failed to fetch
 * dynamically imported module: …".
 */

/** The message for a part whose code could not be fetched. `what`: "the filters", "downloads". */
export function partLoadMessage(what: string): string {
  return `The code for ${what} could not be loaded: this browser may be offline, or a newer version of Stanceline has replaced this one. Reload the page to get it.`;
}

/** `load()`, or, when it fails, an Error that says what could not be loaded and what to do. */
export async function loadPart<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new Error(partLoadMessage(what), { cause });
  }
}

/** What each kept failure does on "Try again": forget itself (`partLoader`). */
const forgetters = new Set<() => void>();

/**
 * A part's code, fetched on the first ask and the same promise for every ask after. A failed
 * fetch is kept as well, until "Try again" on an error panel (`tryPartsAgain`): a render that
 * asks again — React trying a suspended render once more — gets the failure it can show, not a
 * new request. (Browsers now fetch a failed dynamic import again when it is asked for again; a
 * render that waited for the code and asked anew on every failure requested it in a loop.)
 */
export function partLoader<T>(load: () => Promise<T>, what: string): () => Promise<T> {
  let kept: Promise<T> | undefined;
  let failed = false;
  forgetters.add(() => {
    if (!failed) return;
    kept = undefined;
    failed = false;
  });
  return () => {
    if (!kept) {
      const attempt = loadPart(load, what);
      attempt.catch(() => {
        if (kept === attempt) failed = true;
      });
      kept = attempt;
    }
    return kept;
  };
}

/** "Try again": every part whose code could not be fetched is fetched again when next asked for. */
export function tryPartsAgain(): void {
  for (const forget of forgetters) forget();
}
