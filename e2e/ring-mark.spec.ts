/**
 * The "other" type's ring: on the canvas at its smallest size its hole is left open (the page
 * shows through it) and its band keeps the group's colour, in light, dark and forced colours.
 * Read from the chart canvas's pixels at the mark's button.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ID = 'stress-10k';
const events = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'data', ID, 'events.json'), 'utf8'),
  ) as { events: Array<{ id: string; type: string; date: string; significance: number }> }
).events;
// A minor event of type "other" (the smallest mark) in the record's first weeks.
const RING = events.find((e) => e.type === 'other' && e.significance === 1)!;

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });

/** Colour distance between two RGBA pixels (0–441). */
const distance = (a: number[], b: number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

for (const scheme of ['light', 'dark', 'forced'] as const) {
  test(`the ring's hole is open and its band coloured (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia(
      scheme === 'forced' ? { forcedColors: 'active' } : { colorScheme: scheme },
    );
    const from = new Date(Date.parse(RING.date) - 6 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(RING.date) + 6 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`./?dataset=${ID}&from=${from}&to=${to}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    const button = timeline(page).locator(`[data-event-id="${RING.id}"]`);
    await expect(button).toHaveCount(1);
    // Read where a reader sees it: the canvas draws only the part of the plot on screen.
    await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const canvas = timeline(page).locator('canvas').first();
    await expect
      .poll(() =>
        canvas.evaluate((c, id) => {
          const r = c.getBoundingClientRect();
          const b = document.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect();
          const y = (b.top + b.bottom) / 2;
          return y > r.top && y < r.bottom;
        }, RING.id),
      )
      .toBe(true);
    const box = (await button.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const { centre, band, beside } = await canvas.evaluate(
      (canvas: HTMLCanvasElement, at) => {
        const rect = canvas.getBoundingClientRect();
        const sx = canvas.width / rect.width;
        const sy = canvas.height / rect.height;
        const ctx = canvas.getContext('2d')!;
        // The canvas's own pixels over what lies under it: compose with the page background.
        const px = (x: number, y: number) => [
          ...ctx.getImageData(Math.floor((x - rect.x) * sx), Math.floor((y - rect.y) * sy), 1, 1)
            .data,
        ];
        return {
          centre: px(at.cx, at.cy),
          // Middle of the band: 3/4 of the way out (the hole is half the radius, about 5 px).
          band: px(at.cx + 3.8, at.cy),
          // The same column, between rows: what an open hole shows.
          beside: px(at.cx, at.cy - 11),
        };
      },
      { cx, cy },
    );
    // The band is painted opaque in the group's colour; the hole is not painted in it.
    expect(band[3]).toBeGreaterThan(200);
    expect(distance(centre, band) + Math.abs(centre[3]! - band[3]!)).toBeGreaterThan(60);
    // The hole shows what is beside the mark (the background, or a day's rule through both).
    expect(Math.abs(centre[3]! - beside[3]!)).toBeLessThan(60);
  });
}
