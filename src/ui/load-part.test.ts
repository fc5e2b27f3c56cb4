import { describe, expect, it } from 'vitest';
import { loadPart, partLoadMessage } from './load-part';

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
