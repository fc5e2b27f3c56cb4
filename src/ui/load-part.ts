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
