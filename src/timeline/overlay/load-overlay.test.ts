import { describe, expect, it } from 'vitest';
import { loadOverlayCode } from './load-overlay';

describe('loadOverlayCode', () => {
  it('fetches the code once and gives every chart the same parts', async () => {
    const first = loadOverlayCode();
    expect(loadOverlayCode()).toBe(first);
    const code = await first;
    expect(await loadOverlayCode()).toBe(code);
    for (const part of [code.placeSceneLabels, code.laneRowsOf, code.arcsFrom, code.FocusLayer]) {
      expect(typeof part).toBe('function');
    }
  });
});
