/**
 * Data files that arrived before the offline service worker controlled the page (a first
 * visit), kept as they passed so that the page saves them in the worker's cache itself once the
 * worker is ready (src/app/service-worker.ts), rather than having the worker download each one
 * a second time: at 10,000 events that second download of megabytes competed with the reader's
 * first gestures. Saved as the worker saves a copy (src/sw.ts `stampSavedCopy`): the same
 * status and headers, the body's bytes, and the time it was saved.
 */
import { CACHED_AT_HEADER } from './fetch-text';

export interface KeptCopy {
  url: string;
  body: ArrayBuffer;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
}

const kept = new Map<string, KeptCopy>();

/**
 * How long copies wait for the worker (ms). It registers once the first view is drawn and the
 * page is idle, seconds after the data arrived; where it never does (blocked, refused), the
 * copies are let go rather than held for the life of the page.
 */
export const KEEP_MS = 60_000;
let expiry: ReturnType<typeof setTimeout> | undefined;

/** Whether files arriving now should be kept: a worker can exist, and none answers yet. */
export function keepsOfflineCopies(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    navigator.serviceWorker.controller === null
  );
}

/** Whether the worker would save this response at all (the rules of `stampSavedCopy`). */
export function isSavable(response: Pick<Response, 'status' | 'headers'>): boolean {
  return response.status === 200 && !/no-store/i.test(response.headers.get('cache-control') ?? '');
}

/** Keeps a data file's response (its status and headers) and the bytes of its body. */
export function keepOfflineCopy(
  url: string,
  response: Pick<Response, 'status' | 'statusText' | 'headers'>,
  body: ArrayBuffer,
): void {
  if (!isSavable(response)) return;
  kept.set(url, {
    url,
    body,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
  });
  if (expiry !== undefined) clearTimeout(expiry);
  expiry = setTimeout(() => kept.clear(), KEEP_MS);
}

/** The copies kept so far, once: they are let go as they are handed over. */
export function takeOfflineCopies(): KeptCopy[] {
  const copies = [...kept.values()];
  kept.clear();
  if (expiry !== undefined) clearTimeout(expiry);
  expiry = undefined;
  return copies;
}

/** The response to put in the cache for a kept copy, stamped with the time it is saved. */
export function savedResponse(copy: KeptCopy, savedAt: Date = new Date()): Response {
  const headers = new Headers(copy.headers);
  headers.set(CACHED_AT_HEADER, savedAt.toISOString());
  return new Response(copy.body, {
    status: copy.status,
    statusText: copy.statusText,
    headers,
  });
}
