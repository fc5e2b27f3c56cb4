/**
 * The page's side of the offline service worker (src/sw.ts), outside React: checking for new
 * builds, and reacting to what the worker reports. Saving the data this page loaded before the
 * worker took control is in save-loaded-data.ts, loaded with the registration.
 */
import { clearNetworkFailed, noteNetworkFailed } from '../data/saved-copies';
import { CACHE_UPDATED_MESSAGE, NETWORK_FAILED_MESSAGE } from '../data/offline-protocol';

/** How often an open page asks whether a new build was deployed (ms). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

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
