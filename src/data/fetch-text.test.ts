import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CACHED_AT_HEADER,
  FETCH_TIMEOUT_MS,
  FetchError,
  fetchText,
  retryDelay,
  shouldRetry,
  type FetchFailureKind,
} from './fetch-text';
import { EARLY_RESPONSES, takeEarlyResponse, type EarlyResponses } from './early-responses';

const FILE = 'data/demo/events.json';
const URL_ = 'https://example.test/data/demo/events.json';

function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(impl));
}

/** A fetch that never answers until aborted, as a stalled server does. */
function stall(_: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });
}

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(err)}`);
  return err;
}

beforeEach(() => {
  vi.stubGlobal('navigator', { onLine: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchText', () => {
  it('returns the body of a JSON response', async () => {
    stubFetch(async () => new Response('{"events": []}', { status: 200 }));
    await expect(fetchText(URL_, { file: FILE })).resolves.toEqual({ text: '{"events": []}' });
  });

  it('returns the bytes too when asked, with the text read from them as Response.text() reads it', async () => {
    // A byte order mark, a non-ASCII letter and a broken sequence.
    const body = new Uint8Array([0xef, 0xbb, 0xbf, 0x22, 0xc3, 0xa9, 0xff, 0x22]);
    stubFetch(async () => new Response(body, { status: 200 }));
    const fetched = await fetchText(URL_, { file: FILE, bytes: true });
    expect(fetched.text).toBe(await new Response(body).text());
    expect(new Uint8Array(fetched.bytes!)).toEqual(body);
  });

  it('reports when a service worker served a saved copy', async () => {
    const headers = { [CACHED_AT_HEADER]: '2024-12-01T10:00:00.000Z' };
    stubFetch(async () => new Response('{}', { status: 200, headers }));
    await expect(fetchText(URL_)).resolves.toEqual({
      text: '{}',
      cachedAt: '2024-12-01T10:00:00.000Z',
    });
  });

  it.each<[number, FetchFailureKind, RegExp]>([
    [404, 'not-found', /data\/demo\/events\.json was not found on the server \(HTTP 404\)/],
    [410, 'not-found', /HTTP 410/],
    [500, 'server', /The server failed to send data\/demo\/events\.json \(HTTP 500\)/],
    [503, 'server', /HTTP 503/],
    [429, 'server', /HTTP 429/],
    [403, 'http', /The server refused to send data\/demo\/events\.json \(HTTP 403\)/],
  ])('HTTP %i is a %s failure with its own message', async (status, kind, message) => {
    stubFetch(async () => new Response('nope', { status }));
    const err = await failureOf(fetchText(URL_, { file: FILE }));
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(err.message).toMatch(message);
  });

  it('a web page instead of JSON is a not-json failure, by content type or by its first character', async () => {
    stubFetch(
      async () =>
        new Response('<!doctype html><title>Home</title>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    );
    expect((await failureOf(fetchText(URL_, { file: FILE }))).kind).toBe('not-json');
    stubFetch(async () => new Response('\n  <html>', { status: 200 }));
    const err = await failureOf(fetchText(URL_, { file: FILE }));
    expect(err.kind).toBe('not-json');
    expect(err.message).toMatch(/came back as a web page, not JSON/);
  });

  it('a broken connection is a connection failure; without a network it is offline', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const err = await failureOf(fetchText(URL_, { file: FILE }));
    expect(err.kind).toBe('connection');
    expect(err.message).toMatch(/The connection broke while loading data\/demo\/events\.json/);
    vi.stubGlobal('navigator', { onLine: false });
    expect((await failureOf(fetchText(URL_, { file: FILE }))).kind).toBe('offline');
  });

  it(`gives up after ${FETCH_TIMEOUT_MS / 1000} s with a timeout failure`, async () => {
    vi.useFakeTimers();
    stubFetch(stall);
    const pending = failureOf(fetchText(URL_, { file: FILE }));
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const err = await pending;
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/did not arrive within 15 seconds/);
  });

  it('times out a body that starts and then stalls', async () => {
    vi.useFakeTimers();
    stubFetch(async (_, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"events": ['));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { status: 200 });
    });
    const pending = failureOf(fetchText(URL_, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect((await pending).kind).toBe('timeout');
  });

  it('rethrows a cancellation as the AbortError it is', async () => {
    stubFetch(stall);
    const controller = new AbortController();
    const pending = fetchText(URL_, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fetchText with a response the page started early (public/early-fetch.js)', () => {
  function early(url: string, response: Promise<Response>): void {
    vi.stubGlobal(EARLY_RESPONSES, new Map([[url, response]]) satisfies EarlyResponses);
  }

  it('takes it for the first attempt only; a retry fetches anew', async () => {
    early(URL_, Promise.resolve(new Response('{"early": true}', { status: 200 })));
    stubFetch(async () => new Response('{"late": true}', { status: 200 }));
    // Marked as the early response's, whose bytes the first script may have sent to a worker.
    await expect(fetchText(URL_)).resolves.toEqual({ text: '{"early": true}', early: true });
    await expect(fetchText(URL_)).resolves.toEqual({ text: '{"late": true}' });
    expect(takeEarlyResponse(URL_)).toBeUndefined();
  });

  it('reports its failure as the fetch path does, so that it is retried', async () => {
    early(URL_, Promise.reject(new TypeError('Failed to fetch')));
    expect((await failureOf(fetchText(URL_, { file: FILE }))).kind).toBe('connection');
  });

  it('still times out when it never answers, or when its body stalls', async () => {
    vi.useFakeTimers();
    early(URL_, new Promise<Response>(() => undefined));
    const pending = failureOf(fetchText(URL_, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect((await pending).kind).toBe('timeout');

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"events": ['));
      },
    });
    early(URL_, Promise.resolve(new Response(body, { status: 200 })));
    const stalled = failureOf(fetchText(URL_, { timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect((await stalled).kind).toBe('timeout');
  });

  it('is given up as the AbortError it is when the load is cancelled', async () => {
    early(URL_, new Promise<Response>(() => undefined));
    const controller = new AbortController();
    const pending = fetchText(URL_, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('shouldRetry', () => {
  const error = (kind: FetchFailureKind) => new FetchError(kind, FILE, 'x');

  it('retries a timeout once, a reset or a server error twice', () => {
    expect([0, 1].map((n) => shouldRetry(n, error('timeout')))).toEqual([true, false]);
    expect([0, 1, 2].map((n) => shouldRetry(n, error('connection')))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => shouldRetry(n, error('server')))).toEqual([true, true, false]);
  });

  it('never retries what will not fix itself', () => {
    for (const kind of ['not-found', 'http', 'not-json', 'offline'] as const) {
      expect(shouldRetry(0, error(kind))).toBe(false);
    }
    expect(shouldRetry(0, new Error('invalid data'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off 1 s, 2 s, 4 s, capped at 8 s', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});
