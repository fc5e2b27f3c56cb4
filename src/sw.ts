/// <reference lib="webworker" />
/**
 * The offline service worker (Workbox, built by vite-plugin-pwa's injectManifest).
 * - The app shell (index.html, scripts, styles, icon) is precached at install, so a second visit
 *   opens without a network. Preview pages and data files are not part of the shell.
 * - Dataset files under `data/` are cached as they are opened and served stale-while-revalidate:
 *   the saved copy at once, the network copy saved for next time, and the page told when it
 *   differs, so it reloads the data. A saved copy carries the time it was saved.
 * - Nothing else is cached: files opened from other hosts (`?src=`) go to the network and the
 *   browser's HTTP cache, under their own headers.
 * Everything is resolved against the worker's scope, so the app works under any sub-path.
 */
import { BroadcastUpdatePlugin } from 'workbox-broadcast-update';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { clientsClaim } from 'workbox-core';
import { CACHED_AT_HEADER } from './data/fetch-text';
import {
  CACHE_DATA_MESSAGE,
  DATA_CACHE,
  isDataUrl,
  NETWORK_FAILED_MESSAGE,
} from './data/offline-protocol';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

const scope = new URL(self.registration.scope);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every navigation to the app itself, whatever its query (`?event=…`, `?src=…`), gets the shell.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    allowlist: [new RegExp(`^${escape(scope.pathname)}(index\\.html)?(\\?.*)?$`)],
  }),
);

/** Saves the time a copy was cached, in a header the page reads; refuses what must not be kept. */
const stampSavedCopy: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200) return null;
    if (/no-store/i.test(response.headers.get('cache-control') ?? '')) return null;
    const headers = new Headers(response.headers);
    headers.set(CACHED_AT_HEADER, new Date().toISOString());
    return new Response(await response.blob(), {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  },
};

/** Tells the pages that a dataset was served from the cache because the network failed. */
const reportNetworkFailure: WorkboxPlugin = {
  fetchDidFail: async ({ request }) => {
    const clients = await self.clients.matchAll({ type: 'window' });
    for (const client of clients)
      client.postMessage({ type: NETWORK_FAILED_MESSAGE, url: request.url });
  },
};

const dataStrategy = new StaleWhileRevalidate({
  cacheName: DATA_CACHE,
  plugins: [
    stampSavedCopy,
    reportNetworkFailure,
    // Compares the new copy with the saved one by these headers and posts CACHE_UPDATED.
    new BroadcastUpdatePlugin({ headersToCheck: ['content-length', 'etag', 'last-modified'] }),
  ],
});
registerRoute(
  ({ url, request }) => request.method === 'GET' && isDataUrl(url, scope),
  dataStrategy,
);

// The first worker takes the open page at once, so what it loads from now on is saved.
clientsClaim();

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  // A new build waits until the reader chooses to reload ("A new version is available").
  // workbox-window's messageSkipWaiting() sends this.
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // Data the page loaded before this worker controlled it: saved through the same strategy.
  if (data?.type === CACHE_DATA_MESSAGE && Array.isArray(data.urls)) {
    for (const raw of data.urls) {
      if (typeof raw !== 'string') continue;
      const url = new URL(raw, scope);
      if (!isDataUrl(url, scope)) continue;
      const [, done] = dataStrategy.handleAll({ request: new Request(url), event });
      event.waitUntil(done);
    }
  }
});
