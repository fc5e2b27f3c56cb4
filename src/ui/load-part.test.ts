import { describe, expect, it } from 'vitest';
import { loadPart, partLoader, partLoadMessage, tryPartsAgain } from './load-part';

describe('loadPart', () => {
  it('passes the module through when it loads', async () => {
    await expect(loadPart(() => Promise.resolve({ x: 1 }), 'downloads')).resolves.toEqual({ x: 1 });
  });

  it('says what could not be loaded and what to do, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    const error = await loadPart(() => Promise.reject(cause), 'downloads').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(partLoadMessage('downloads'));
    expect((error as Error).message).toMatch(
      /^The code for downloads could not be loaded: .*Reload the page/,
    );
    expect((error as Error).cause).toBe(cause);
  });
});

describe('partLoader', () => {
  it('fetches once, and keeps a failure for every ask until "Try again"', async () => {
    let calls = 0;
    let fail = true;
    const load = partLoader(() => {
      calls += 1;
      return fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('code');
    }, 'the filters');
    const first = load();
    await expect(first).rejects.toThrow(partLoadMessage('the filters'));
    // Asked again (a render trying once more): the same failure, no new request.
    expect(load()).toBe(first);
    expect(calls).toBe(1);
    fail = false;
    tryPartsAgain();
    const second = load();
    expect(second).not.toBe(first);
    await expect(second).resolves.toBe('code');
    expect(calls).toBe(2);
    // Once it has arrived, "Try again" elsewhere on the page does not fetch it again.
    tryPartsAgain();
    expect(load()).toBe(second);
    expect(calls).toBe(2);
  });
});
