/**
 * The benchmark's arrow-key measure, shared by `bench/run.ts`, `bench/key-trace.ts` and
 * `bench/ab.ts` so that all three time a press alike.
 */
import type { Page } from '@playwright/test';

/** What in-page.js gives the page, as this measure uses it. */
interface KeyWindow {
  __bench: { nextKeyLatency(): Promise<number | null> };
  __pendingKey?: Promise<number | null>;
}

/**
 * Presses → `presses` times on the focused mark: per press, the ms from the keydown to the frame
 * painted after focus moved to the next mark (in-page.js `nextKeyLatency`). Presses whose focus
 * did not move (the last mark) are left out.
 */
export async function arrowLatencies(page: Page, presses: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < presses; i += 1) {
    await page.evaluate(() => {
      const w = window as unknown as KeyWindow;
      w.__pendingKey = w.__bench.nextKeyLatency();
    });
    await page.keyboard.press('ArrowRight');
    const ms = await page.evaluate(() => (window as unknown as KeyWindow).__pendingKey ?? null);
    if (ms !== null) times.push(ms);
  }
  return times;
}
