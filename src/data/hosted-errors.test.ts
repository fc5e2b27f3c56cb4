import { describe, expect, it } from 'vitest';
import { FetchError, failureMessage, shouldRetry } from './fetch-text';
import { hostedFetchError } from './hosted-errors';

const URL_ = 'https://example.org/records/council.json';
const failed = (kind: FetchError['kind'], status?: number) =>
  new FetchError(kind, URL_, failureMessage(kind, URL_, status), status);

describe('hostedFetchError', () => {
  it('speaks of a linked file, not of the site’s own datasets', () => {
    expect(hostedFetchError(failed('not-found', 404), URL_).message).toBe(
      `Nothing was found at ${URL_} (HTTP 404). The file may have moved or been deleted, or the link may be mistyped.`,
    );
    expect(hostedFetchError(failed('connection'), URL_).message).toContain('CORS');
    expect(hostedFetchError(failed('not-json', 200), URL_).message).toContain('“Raw” address');
    expect(hostedFetchError(failed('http', 403), URL_).message).toContain('(HTTP 403)');
  });

  it('keeps the kind and status, so retries follow the same policy', () => {
    for (const [kind, status] of [
      ['connection', undefined],
      ['not-found', 404],
      ['not-json', 200],
      ['http', 401],
      ['server', 503],
      ['timeout', undefined],
    ] as const) {
      const before = failed(kind, status);
      const after = hostedFetchError(before, URL_);
      expect(after.kind).toBe(kind);
      expect(after.status).toBe(status);
      expect(shouldRetry(0, after)).toBe(shouldRetry(0, before));
    }
  });

  it('leaves the messages that already say it all', () => {
    const timeout = failed('timeout');
    expect(hostedFetchError(timeout, URL_)).toBe(timeout);
  });
});
