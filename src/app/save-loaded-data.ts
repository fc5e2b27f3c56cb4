/**
 * Saving, for offline use, the data a page loaded before the offline service worker controlled
 * it (a first visit): loaded with the worker's registration (update-prompt.tsx), after the first
 * view, never with the first script.
 */
import { CACHE_DATA_MESSAGE, DATA_CACHE } from '../data/offline-protocol';
import { savedResponse, takeOfflineCopies, type KeptCopy } from '../data/offline-copies';
import { whenIdle } from './when-idle';

/**
 * Data URLs already handed to the cache or to the worker by this page: each file is saved once,
 * and never downloaded again for it, even if this is asked again (a second registration).
 */
const handled = new Set<string>();

/**
 * On the first visit the data arrives before the worker is active, so the dataset already open
 * is saved for offline use now: the files the page kept as they passed go straight into the
 * worker's cache, as the worker would have saved them (offline-copies.ts), without a second
 * download; the worker is asked to fetch and save only any other data file the page loaded,
 * and any copy the cache refused.
 */
export function cacheLoadedData(registration: ServiceWorkerRegistration): void {
  void navigator.serviceWorker.ready.then(async (ready) => {
    // Putting megabytes into the cache is a task of tens of milliseconds on the page: it waits
    // for a quiet moment rather than landing in the reader's first zoom or scroll.
    await whenIdle();
    const copies = takeOfflineCopies();
    // Claimed before the wait below, so that a second call does not ask for them again.
    for (const copy of copies) handled.add(copy.url);
    const unsaved = await saveCopies(copies);
    const others = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => /\/data\/.+\.json(\?|$)/.test(url) && !handled.has(url));
    for (const url of others) handled.add(url);
    const urls = [...unsaved, ...others];
    if (urls.length === 0) return;
    (ready.active ?? registration.active)?.postMessage({ type: CACHE_DATA_MESSAGE, urls });
  });
}

/** Puts the copies in the data cache; returns the URLs of those it could not save. */
async function saveCopies(copies: readonly KeptCopy[]): Promise<string[]> {
  if (copies.length === 0) return [];
  const unsaved: string[] = [];
  const cache = await caches.open(DATA_CACHE).catch(() => null);
  await Promise.all(
    copies.map((copy) =>
      // Full or refused storage: the worker fetches and saves it instead, as it did.
      (cache ? cache.put(copy.url, savedResponse(copy)) : Promise.reject(new Error())).catch(() => {
        unsaved.push(copy.url);
      }),
    ),
  );
  return unsaved;
}
