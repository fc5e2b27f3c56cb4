import { describe, expect, it, vi } from 'vitest';
import { whenFiltersMayLoad } from './filters-part';

const never = new Promise<void>(() => undefined);
const settledWithin = async (p: Promise<void>, ms: number): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
};

describe('whenFiltersMayLoad', () => {
  it('waits for the chart, the reader or the fallback, whichever comes first', async () => {
    vi.useFakeTimers();
    try {
      let paint: () => void = () => undefined;
      const chart = new Promise<void>((r) => (paint = r));
      const gate = whenFiltersMayLoad(chart, never, 4000);
      expect(await settledWithin(gate, 100)).toBe(false);
      paint();
      expect(await settledWithin(gate, 0)).toBe(true);

      let open: () => void = () => undefined;
      const reader = new Promise<void>((r) => (open = r));
      const asked = whenFiltersMayLoad(never, reader, 4000);
      expect(await settledWithin(asked, 100)).toBe(false);
      open();
      expect(await settledWithin(asked, 0)).toBe(true);

      const failed = whenFiltersMayLoad(never, never, 4000);
      expect(await settledWithin(failed, 3999)).toBe(false);
      expect(await settledWithin(failed, 1)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
