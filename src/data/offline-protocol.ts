/**
 * What the page and the offline service worker (src/sw.ts) say to each other. Plain constants
 * so both sides import the same names and neither imports the other.
 */

/** The cache that holds dataset files as they are opened. */
export const DATA_CACHE = 'stanceline-data';

/** Page → worker: cache these data URLs, loaded before the worker controlled the page. */
export const CACHE_DATA_MESSAGE = 'stanceline:cache-data';

/** Worker → page: the network failed for this URL, and a saved copy was served. */
export const NETWORK_FAILED_MESSAGE = 'stanceline:network-failed';

/** Worker → page (workbox-broadcast-update): a newer copy of this URL is now in the cache. */
export const CACHE_UPDATED_MESSAGE = 'CACHE_UPDATED';

/** True for a URL the worker caches as a dataset file: a `.json` under the app's `data/`. */
export function isDataUrl(url: URL, scope: URL): boolean {
  return (
    url.origin === scope.origin &&
    url.pathname.startsWith(new URL('data/', scope).pathname) &&
    url.pathname.endsWith('.json')
  );
}
