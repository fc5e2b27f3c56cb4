/**
 * The benchmark's arrow-key measure, shared by `bench/run.ts`, `bench/key-trace.ts` and
 * `bench/ab.ts` so that all three time a press alike.
 */
import type { Page } from '@playwright/test';

/**
 * Time between the starts of two presses: a held key, repeating at 30 presses a second (the
 * default repeat rate of Windows and macOS). Presses sent back to back, as fast as the driver can
 * (one every 15–25 ms here), measure the browser's frame pacing instead: on a page of bare
 * buttons (bench/pages/keys.html) each then reads 15–16 ms, against about 4 ms at this pace.
 */
export const HELD_KEY_INTERVAL_MS = 33;

/** What in-page.js gives the page, as this measure uses it. */
interface KeyWindow {
  __bench: { nextKeyLatency(): Promise<number | null> };
  __pendingKey?: Promise<number | null>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Presses → `presses` times on the focused mark, one press every `intervalMs` at most (a held
 * key): per press, the ms from the keydown to the frame painted after focus moved to the next
 * mark (in-page.js `nextKeyLatency`). Presses whose focus did not move (the last mark) are left
 * out.
 */
export async function arrowLatencies(
  page: Page,
  presses: number,
  intervalMs = HELD_KEY_INTERVAL_MS,
): Promise<number[]> {
  const times: number[] = [];
  let last = -Infinity;
  for (let i = 0; i < presses; i += 1) {
    await page.evaluate(() => {
      const w = window as unknown as KeyWindow;
      w.__pendingKey = w.__bench.nextKeyLatency();
    });
    const wait = last + intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    last = performance.now();
    await page.keyboard.press('ArrowRight');
    const ms = await page.evaluate(() => (window as unknown as KeyWindow).__pendingKey ?? null);
    if (ms !== null) times.push(ms);
  }
  return times;
}
