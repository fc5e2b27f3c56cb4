import { afterEach, describe, expect, it, vi } from 'vitest';
import { CACHED_AT_HEADER } from './fetch-text';
import { KEEP_MS, keepOfflineCopy, savedResponse, takeOfflineCopies } from './offline-copies';

const URL_ = 'https://example.org/app/data/x/events.json';
const bytes = (s: string) => new TextEncoder().encode(s).buffer;
const response = (status = 200, headers: Record<string, string> = {}) =>
  new Response(null, { status, statusText: status === 200 ? 'OK' : 'Nope', headers });

afterEach(() => {
  takeOfflineCopies();
  vi.useRealTimers();
});

describe('offline copies', () => {
  it('keeps what the worker would save, once, and gives it back as the worker saves it', async () => {
    const headers = {
      'content-type': 'application/json',
      etag: '"abc"',
      'last-modified': 'Mon, 30 Nov 2026 06:00:00 GMT',
    };
    keepOfflineCopy(URL_, response(200, headers), bytes('{"events":[]}'));
    const [copy, ...rest] = takeOfflineCopies();
    expect(rest).toEqual([]);
    expect(takeOfflineCopies()).toEqual([]);

    const saved = savedResponse(copy!, new Date('2026-11-30T07:00:00Z'));
    expect(saved.status).toBe(200);
    // The headers the worker compares to find a newer copy, and the time it was saved.
    for (const [name, value] of Object.entries(headers))
      expect(saved.headers.get(name)).toBe(value);
    expect(saved.headers.get(CACHED_AT_HEADER)).toBe('2026-11-30T07:00:00.000Z');
    expect(await saved.text()).toBe('{"events":[]}');
  });

  it('keeps nothing the worker would refuse: an error, a partial body, no-store', () => {
    keepOfflineCopy(URL_, response(404), bytes('missing'));
    keepOfflineCopy(URL_, response(206), bytes('part'));
    keepOfflineCopy(URL_, response(200, { 'cache-control': 'private, no-store' }), bytes('{}'));
    expect(takeOfflineCopies()).toEqual([]);
  });

  it('keeps the latest copy of a file fetched again', () => {
    keepOfflineCopy(URL_, response(), bytes('old'));
    keepOfflineCopy(URL_, response(), bytes('new'));
    const copies = takeOfflineCopies();
    expect(copies).toHaveLength(1);
    expect(new TextDecoder().decode(copies[0]!.body)).toBe('new');
  });

  it('lets copies go when no worker comes for them', () => {
    vi.useFakeTimers();
    keepOfflineCopy(URL_, response(), bytes('{}'));
    vi.advanceTimersByTime(KEEP_MS - 1);
    keepOfflineCopy(`${URL_}?2`, response(), bytes('{}'));
    vi.advanceTimersByTime(KEEP_MS - 1);
    expect(takeOfflineCopies()).toHaveLength(2);
    keepOfflineCopy(URL_, response(), bytes('{}'));
    vi.advanceTimersByTime(KEEP_MS);
    expect(takeOfflineCopies()).toEqual([]);
  });
});
