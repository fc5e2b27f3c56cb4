/**
 * The one way the app fetches a data file: with a timeout, and with failures sorted into kinds
 * that each get their own message and their own retry policy. No DOM access, so it runs in a
 * worker as well as on the page.
 */
import { takeEarlyResponse } from './early-responses';

/** What went wrong, from the reader's side. Exhaustive: every kind has a message and a policy. */
export type FetchFailureKind =
  /** No answer, or no complete body, within the timeout. */
  | 'timeout'
  /** The browser says it has no network at all. */
  | 'offline'
  /** The connection failed or was reset; no HTTP status to go on. */
  | 'connection'
  /** 404 or 410: the file is not on the host. */
  | 'not-found'
  /** 5xx, 408 or 429: the host failed or is busy; usually temporary. */
  | 'server'
  /** Any other non-2xx status (403, 401…): retrying will not help. */
  | 'http'
  /** 2xx, but the body is a web page: the host's fallback page for a missing file, or a login wall. */
  | 'not-json';

/** Per attempt, in ms. A 2 MB dataset on a slow 3G link (~400 kbit/s) arrives in about 40 s,
 * but the timeout is per file and per attempt; 15 s keeps a stalled request from hanging the
 * page while leaving room for a slow but moving one, and TanStack Query retries it once. */
export const FETCH_TIMEOUT_MS = 15_000;

/** Header the service worker adds to a response it served from its cache: when it was saved. */
export const CACHED_AT_HEADER = 'x-stanceline-cached-at';

export class FetchError extends Error {
  readonly kind: FetchFailureKind;
  /** The file as the reader should see it named, e.g. `data/us-stance-gaza/events.json`. */
  readonly file: string;
  readonly status: number | undefined;
  constructor(kind: FetchFailureKind, file: string, message: string, status?: number) {
    super(message);
    this.name = 'FetchError';
    this.kind = kind;
    this.file = file;
    this.status = status;
  }
}

export interface FetchTextOptions {
  /** Cancels the request (TanStack Query's signal); rethrown as the AbortError it is. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms; defaults to FETCH_TIMEOUT_MS. */
  timeoutMs?: number;
  /** How messages name the file; defaults to the URL. */
  file?: string;
  /** Called with a successful response before its body is read (which it must not consume). */
  onResponse?: (response: Response) => void;
  /**
   * Also return the body's bytes (read as bytes and decoded as `Response.text()` does): a
   * digest of what arrived then needs no second encoding of a text of megabytes.
   */
  bytes?: boolean;
}

export interface FetchedText {
  text: string;
  /** The body as it arrived, when asked for (`bytes`). */
  bytes?: ArrayBuffer;
  /** Set when a service worker served a saved copy: the ISO time it was saved. */
  cachedAt?: string;
  /** Set when the body is that of the response the page's first script started (early-fetch.js). */
  early?: true;
}

/** The message for each kind. `seconds` is the timeout, for the timeout message. */
export function failureMessage(
  kind: FetchFailureKind,
  file: string,
  status?: number,
  seconds = FETCH_TIMEOUT_MS / 1000,
): string {
  switch (kind) {
    case 'timeout':
      return `${file} did not arrive within ${seconds} seconds. The server may be overloaded or the connection very slow.`;
    case 'offline':
      return `You are offline, and ${file} is not saved on this device yet. Connect to the internet and try again.`;
    case 'connection':
      return `The connection broke while loading ${file}: the server closed or reset it, or could not be reached. Check your connection and try again.`;
    case 'not-found':
      return `${file} was not found on the server (HTTP ${status ?? 404}). The dataset may have moved, or its files were not uploaded.`;
    case 'server':
      return `The server failed to send ${file} (HTTP ${status ?? 500}). This is usually temporary.`;
    case 'http':
      return `The server refused to send ${file} (HTTP ${status ?? 0}).`;
    case 'not-json':
      return `${file} came back as a web page, not JSON. The host probably answered with its own page because the file is missing or needs a login.`;
  }
}

function kindOfStatus(status: number): FetchFailureKind {
  if (status === 404 || status === 410) return 'not-found';
  if (status >= 500 || status === 408 || status === 429) return 'server';
  return 'http';
}

/** True when the text starts (after whitespace) with `<`: markup, which JSON never is. */
function looksLikeMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, tab, LF, CR, and a byte-order mark
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
    return c === 60; // '<'
  }
  return false;
}

/**
 * `promise`, or a rejection with the signal's reason as soon as it aborts: for a request started
 * without the signal (an early response), whose body would otherwise be waited for regardless.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(abortReason(signal));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The request was aborted', 'AbortError');
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Fetches a JSON file's text. The timeout covers the whole body, so a response that starts and
 * then stalls also ends. Cancelling through `signal` rejects with the AbortError (not a
 * FetchError), as TanStack Query expects of a cancelled query.
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const { signal, timeoutMs = FETCH_TIMEOUT_MS, file = url, onResponse } = options;
  let bytes: ArrayBuffer | undefined;
  // UTF-8 with a byte order mark dropped and bad sequences replaced, as `Response.text()` reads.
  const read = async (response: Response): Promise<string> => {
    if (!options.bytes) return response.text();
    bytes = await response.arrayBuffer();
    return new TextDecoder().decode(bytes);
  };
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  // setTimeout rather than AbortSignal.timeout: a test clock controls it.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const fail = (kind: FetchFailureKind, status?: number) =>
    new FetchError(kind, file, failureMessage(kind, file, status, timeoutMs / 1000), status);

  try {
    let response: Response;
    let text: string;
    // The page may have started this request before the app's code ran (public/early-fetch.js);
    // the timeout and a cancel still end the wait for it.
    const early = takeEarlyResponse(url);
    try {
      response = early
        ? await untilAborted(early, controller.signal)
        : await fetch(url, { signal: controller.signal });
      if (!response.ok) {
        // Drop the body unread: it is an error page, and could be large.
        void response.body?.cancel().catch(() => undefined);
        throw fail(kindOfStatus(response.status), response.status);
      }
      onResponse?.(response);
      text = await (early ? untilAborted(read(response), controller.signal) : read(response));
    } catch (err) {
      if (err instanceof FetchError) throw err;
      if (timedOut) throw fail('timeout');
      if (signal?.aborted || isAbort(err)) throw err;
      throw fail(isOffline() ? 'offline' : 'connection');
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || looksLikeMarkup(text))
      throw fail('not-json', response.status);
    const cachedAt = response.headers.get(CACHED_AT_HEADER);
    return {
      text,
      ...(bytes ? { bytes } : {}),
      ...(cachedAt ? { cachedAt } : {}),
      ...(early ? { early: true as const } : {}),
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/** Retries per kind: a timeout once, a broken connection or a failing server twice. */
const RETRIES: Record<FetchFailureKind, number> = {
  timeout: 1,
  connection: 2,
  server: 2,
  offline: 0,
  'not-found': 0,
  http: 0,
  'not-json': 0,
};

/**
 * TanStack Query's `retry`: `failureCount` is 0 after the first failure. Anything that is not
 * a FetchError (invalid data, a bug) will not fix itself on retry.
 */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof FetchError && failureCount < RETRIES[error.kind];
}

/** TanStack Query's `retryDelay`: 1 s, 2 s, 4 s… capped at 8 s (ms). */
export function retryDelay(failureCount: number): number {
  return Math.min(1000 * 2 ** failureCount, 8000);
}
