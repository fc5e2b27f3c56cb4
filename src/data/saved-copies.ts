/**
 * Which data files the offline service worker served from its cache, and when it saved them, so
 * the page can say "Offline — showing the copy from <date>". Filled by the fetch layer from the
 * response header the worker adds; read by the offline notice through useSyncExternalStore.
 */

/** url → ISO time the served copy was saved, or null when it came from the network. */
const served = new Map<string, string | null>();
let networkFailed = false;
let version = 0;
const listeners = new Set<() => void>();

function changed() {
  version += 1;
  for (const listener of listeners) listener();
}

/** Records how a data file arrived: from the worker's cache (with its time) or the network. */
export function noteFetched(url: string, cachedAt: string | undefined): void {
  const value = cachedAt ?? null;
  if (served.get(url) === value) return;
  served.set(url, value);
  changed();
}

/** The worker reported that the network failed and it answered from its cache instead. */
export function noteNetworkFailed(): void {
  if (networkFailed) return;
  networkFailed = true;
  changed();
}

/** The network answered again (the browser is back online): forget the failure. */
export function clearNetworkFailed(): void {
  if (!networkFailed) return;
  networkFailed = false;
  changed();
}

export function subscribeSavedCopies(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever anything here does (useSyncExternalStore's snapshot). */
export function savedCopiesVersion(): number {
  return version;
}

export function hasNetworkFailed(): boolean {
  return networkFailed;
}

/**
 * When the saved copy of the files under `folderUrl` was made: the oldest save time among them,
 * since the copy is only as fresh as its oldest file. Undefined when none came from the cache.
 */
export function savedCopyDate(
  files: ReadonlyMap<string, string | null>,
  folderUrl: string,
): string | undefined {
  let oldest: string | undefined;
  for (const [url, cachedAt] of files) {
    if (!url.startsWith(folderUrl) || cachedAt === null) continue;
    if (oldest === undefined || cachedAt < oldest) oldest = cachedAt;
  }
  return oldest;
}

/** The save time of the dataset folder's copy, from what this page has fetched so far. */
export function savedCopyOf(folderUrl: string): string | undefined {
  return savedCopyDate(served, folderUrl);
}
