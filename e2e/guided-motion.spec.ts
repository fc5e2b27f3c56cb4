/**
 * A story's steps move the timeline (animated, or at once under reduced motion), the
 * comparison takes two events as well as two dates, and an embed shows its lanes in the frame.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DIMENSIONS, EVENTS, longDate } from './flagship';

interface RawStory {
  id: string;
  steps: Array<{ view: { from?: string; to?: string; event?: string } }>;
}
const STORY = (
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'data', 'us-stance-gaza', 'dataset.json'),
      'utf8',
    ),
  ) as { stories: RawStory[] }
).stories[0]!;

// One axe pass over the whole page takes 8–15 s on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline of/ });

/** Records every value the timeline's `data-zoom-settled` signal takes from now on. */
async function recordMotion(page: Page): Promise<() => Promise<string[]>> {
  await timeline(page).evaluate((el) => {
    const seen: string[] = [];
    Object.assign(window, { zoomSettledLog: seen });
    new MutationObserver(() => seen.push(el.getAttribute('data-zoom-settled') ?? '')).observe(el, {
      attributes: true,
      attributeFilter: ['data-zoom-settled'],
    });
  });
  return () =>
    page.evaluate(() => [...(window as unknown as { zoomSettledLog: string[] }).zoomSettledLog]);
}

/** Steps 2 → 3 (a month, then three weeks: the zoom changes) and returns the motion seen. */
async function stepOnce(page: Page) {
  await page.goto(`./?story=${STORY.id}&step=2`);
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
  // The story panel loads after the first marks; its keys work once it is on screen.
  await expect(page.getByRole('heading', { name: /^Story / })).toBeVisible();
  const before = (await timeline(page).getAttribute('data-zoom-scale')) ?? '';
  const motion = await recordMotion(page);
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await expect(timeline(page)).not.toHaveAttribute('data-zoom-scale', before);
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
  // The window the step names stays in the link as the step wrote it.
  await expect(page).toHaveURL(new RegExp(`[?&]from=${STORY.steps[2]!.view.from}(&|$)`));
  return motion();
}

test.describe('story steps move the timeline', () => {
  test('animated by default', async ({ page }) => {
    const seen = await stepOnce(page);
    expect(seen).toContain('false');
    expect(seen.at(-1)).toBe('true');
  });

  test('at once when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const seen = await stepOnce(page);
    expect(seen).not.toContain('false');
  });
});

/** Events that moved the stance, with no other such event on their day. */
const MOVERS = EVENTS.filter((e) => (e.shifts ?? []).length > 0).filter(
  (e, _, all) => all.filter((o) => o.date === e.date).length === 1,
);

test.describe('compare two events', () => {
  test('picking two events that moved the stance compares their days', async ({ page, axe }) => {
    const [a, b] = [MOVERS[1]!, MOVERS.at(-2)!];
    await page.goto('./');
    await page.getByRole('button', { name: 'Compare two dates' }).click();
    const region = page.getByRole('region', { name: 'Compare two dates' });
    await region.getByLabel('Event A').selectOption(a.id);
    await region.getByLabel('Event B').selectOption(b.id);
    await expect(page).toHaveURL(new RegExp(`[?&]compare=${a.date}\\.\\.${b.date}(&|$)`));
    await expect(region.getByLabel('Date A')).toHaveValue(a.date);
    await expect(region.getByLabel('Date B')).toHaveValue(b.date);
    await expect(region.getByLabel('Event A')).toHaveValue(a.id);
    await expect(region.getByLabel('Event B')).toHaveValue(b.id);
    await expect(region.getByRole('table').getByRole('columnheader')).toHaveText([
      'Dimension',
      longDate(a.date),
      longDate(b.date),
      'What moved it in between',
    ]);
    await expect(region.getByRole('table').getByRole('row')).toHaveCount(DIMENSIONS.length + 1);
    // The event B moved things with is among the changes in between.
    await expect(region.getByRole('table').getByRole('button', { name: b.title })).not.toHaveCount(
      0,
    );
    expect(await axe()).toEqual([]);
  });
});
test.describe('embed in a frame', () => {
  test('at 720×520 every lane of the chart is in the frame', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto('./');
    const src = new URL('./?embed=1', page.url());
    await page.setContent(
      `<iframe src="${src.href}" width="720" height="520" title="Embedded timeline"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const chart = frame.getByRole('region', { name: /^Timeline of/ });
    await expect(chart).toHaveAttribute('data-painted', 'true');
    const lanes = chart.locator('.lane-label');
    expect(await lanes.count()).toBeGreaterThan(3);
    for (const lane of await lanes.all()) await expect(lane).toBeInViewport();
    await expect(frame.getByRole('link', { name: 'Open in Stanceline' })).toBeInViewport();
  });
});

test('in a frame shorter than the chart, the canvas is shown at the size it is drawn', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 240 });
  // The horizontal chart: a phone reads top to bottom by default.
  await page.goto('./?embed=1&orient=horizontal');
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  const sizes = await page.locator('.plot-canvas').evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    return {
      drawn: canvas.height,
      shown: Math.round(canvas.getBoundingClientRect().height * devicePixelRatio),
    };
  });
  expect(sizes.shown).toBe(sizes.drawn);
  expect(sizes.drawn).toBeLessThanOrEqual(240 * 2);
});
