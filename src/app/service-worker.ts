/**
 * The page's side of the offline service worker (src/sw.ts), outside React: caching the data
 * this page loaded before the worker took control, checking for new builds, and reacting to
 * what the worker reports.
 */
import { clearNetworkFailed, noteNetworkFailed } from '../data/saved-copies';
import {
  CACHE_DATA_MESSAGE,
  CACHE_UPDATED_MESSAGE,
  NETWORK_FAILED_MESSAGE,
} from '../data/offline-protocol';

/** How often an open page asks whether a new build was deployed (ms). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * On the first visit the data arrives before the worker is active; ask the worker to save
 * those files too, so the dataset already open also works offline on the next visit.
 */
export function cacheLoadedData(registration: ServiceWorkerRegistration): void {
  void navigator.serviceWorker.ready.then((ready) => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => /\/data\/.+\.json(\?|$)/.test(url));
    (ready.active ?? registration.active)?.postMessage({ type: CACHE_DATA_MESSAGE, urls });
  });
}

/** Checks for a new build hourly and whenever the reader comes back to the tab. */
export function checkForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    if (navigator.onLine) void registration.update().catch(() => undefined);
  };
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

interface WorkerMessage {
  type?: unknown;
  meta?: unknown;
}

/**
 * Listens to the worker: a newer copy of a dataset in the cache (stale-while-revalidate found
 * one) reloads the data on screen; a failed network makes the offline notice show. Returns the
 * function that stops listening.
 */
export function listenToServiceWorker(onDataUpdated: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => undefined;
  const onMessage = (event: MessageEvent<WorkerMessage>) => {
    const type = event.data?.type;
    if (type === CACHE_UPDATED_MESSAGE) onDataUpdated();
    else if (type === NETWORK_FAILED_MESSAGE) noteNetworkFailed();
  };
  const onOnline = () => clearNetworkFailed();
  navigator.serviceWorker.addEventListener('message', onMessage);
  window.addEventListener('online', onOnline);
  return () => {
    navigator.serviceWorker.removeEventListener('message', onMessage);
    window.removeEventListener('online', onOnline);
  };
}
