/**
 * Embed mode, stories, the date comparison and the printout, used as a reader would: through
 * links, keys and the print medium. Expected text comes from data/, never from copies of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DIMENSIONS, EVENTS, actorByName, eventById, eventsInvolving, longDate } from './flagship';

interface RawStory {
  id: string;
  title: string;
  steps: Array<{
    caption: string;
    events: string[];
    view: { from?: string; to?: string; event?: string };
  }>;
}
const STORIES = (
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'data', 'us-stance-gaza', 'dataset.json'),
      'utf8',
    ),
  ) as { stories: RawStory[] }
).stories;
const STORY = STORIES[0]!;
const RUSSIA = actorByName('Russia');

const storyRegion = (page: Page) => page.getByRole('region', { name: /Story/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

// One axe pass over the whole page takes 8–15 s on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

test.describe('embed mode', () => {
  test('in a 720×520 iframe: the chart, no chrome, and a link to the same view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto('./');
    const src = new URL(`./?embed=1&actors=${RUSSIA.id}&lanes=type`, page.url());
    await page.setContent(
      `<h1>Host page</h1><iframe src="${src.href}" width="720" height="520" title="Embedded timeline"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const timeline = frame.getByRole('region', { name: /^Timeline/ });
    await expect(timeline.getByRole('group', { name: 'Events' })).toBeInViewport();
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('navigation', { name: 'Filters' })).toHaveCount(0);
    const open = frame.getByRole('link', { name: 'Open in Stanceline' });
    await expect(open).toBeInViewport();
    const href = new URL((await open.getAttribute('href')) ?? '');
    expect(href.searchParams.get('actors')).toBe(RUSSIA.id);
    expect(href.searchParams.get('lanes')).toBe('type');
    expect(href.searchParams.has('embed')).toBe(false);
    // Every other parameter applies: the filter is on.
    const shown = eventsInvolving(RUSSIA.id).length;
    await expect(frame.getByRole('heading', { level: 1 })).toContainText(
      `${shown} of ${EVENTS.length} events`,
    );
  });

  test('at 320×240 the chart still starts in view, and axe passes', async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 240 });
    await page.goto('./?embed=1');
    await expect(page.getByRole('link', { name: 'Open in Stanceline' })).toBeInViewport();
    await expect(
      page.getByRole('region', { name: /^Timeline/ }).getByRole('group', { name: 'Events' }),
    ).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe()).toEqual([]);
  });

  test('the Share menu hands out the iframe code of the current view', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?actors=${RUSSIA.id}`);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('menuitem', { name: 'Embed code…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('radio', { name: /Small, 320 × 240/ }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="320" height="240"/);
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('actors')).toBe(RUSSIA.id);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});

test.describe('story mode', () => {
  test('a story link opens its step; ← and → step through; leaving keeps the view', async ({
    page,
  }) => {
    const at = (n: number) => STORY.steps[n - 1]!;
    await page.goto(`./?story=${STORY.id}&step=6`);
    const region = storyRegion(page);
    await expect(region.getByRole('heading', { level: 2 })).toContainText(STORY.title);
    await expect(region.getByText('Step 6 of', { exact: false })).toHaveText(
      `Step 6 of ${STORY.steps.length}`,
    );
    await expect(region.getByText(at(6).caption)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${at(6).view.event}(&|$)`));
    await expect(details(page).getByRole('heading').first()).toHaveText(
      eventById(at(6).view.event!).title,
    );
    for (const id of at(6).events) {
      await expect(
        region.getByRole('list', { name: 'Events this step rests on' }).getByRole('button', {
          name: eventById(id).title,
        }),
      ).toBeVisible();
    }

    await page.locator('body').press('ArrowRight');
    await expect(page).toHaveURL(/[?&]step=7(&|$)/);
    await expect(region.getByText(at(7).caption)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]from=${at(7).view.from}(&|$)`));
    await page.locator('body').press('ArrowLeft');
    await page.locator('body').press('ArrowLeft');
    await expect(page).toHaveURL(/[?&]step=5(&|$)/);
    await expect(region.getByText(at(5).caption)).toBeVisible();

    await region.getByRole('button', { name: 'Leave story' }).click();
    await expect(region).toBeHidden();
    await expect(page).not.toHaveURL(/[?&](story|step)=/);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${at(5).view.event}(&|$)`));
    await expect(page.getByRole('button', { name: `Story: ${STORY.title}` })).toBeFocused();
  });

  test('the caption is a polite live region; axe passes with the story open', async ({
    page,
    axe,
  }) => {
    await page.goto(`./?story=${STORY.id}&step=1`);
    const caption = storyRegion(page).locator('[aria-live="polite"]');
    await expect(caption).toContainText(STORY.steps[0]!.caption);
    await storyRegion(page).getByRole('button', { name: 'Next step ›' }).click();
    await expect(caption).toContainText(STORY.steps[1]!.caption);
    expect(await axe()).toEqual([]);
  });

  test('a step past the end opens the last one and says so', async ({ page }) => {
    await page.goto(`./?story=${STORY.id}&step=99`);
    await expect(storyRegion(page).getByText(STORY.steps.at(-1)!.caption)).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'showing the last one' }),
    ).toBeVisible();
  });
});

/** The level label of a dimension at the end of `day`, straight from events.json. */
function expectedLevel(dimensionId: string, day: string): string {
  const dim = DIMENSIONS.find((d) => d.id === dimensionId)!;
  const steps = [...EVENTS]
    .filter((e) => e.date <= day)
    .sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : b.significance - a.significance || (a.id < b.id ? -1 : 1),
    )
    .flatMap((e) => (e.shifts ?? []).filter((s) => s.dimension === dimensionId));
  const last = steps.at(-1);
  return last ? dim.levels.find((l) => l.value === last.level)!.label : 'Not yet assessed';
}

test.describe('compare two dates', () => {
  for (const [a, b] of [
    ['2024-01-01', '2024-06-30'],
    ['2023-11-01', '2024-11-30'],
  ] as const) {
    test(`shows each dimension's levels on ${a} and ${b}, from the data`, async ({ page, axe }) => {
      await page.goto(`./?compare=${a}..${b}`);
      const table = page.getByRole('region', { name: 'Compare two dates' }).getByRole('table');
      await expect(table.getByRole('columnheader')).toHaveText([
        'Dimension',
        longDate(a),
        longDate(b),
        'What moved it in between',
      ]);
      for (const dim of DIMENSIONS) {
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: dim.name }) });
        const cells = row.getByRole('cell');
        await expect(cells.nth(0)).toHaveText(expectedLevel(dim.id, a));
        await expect(cells.nth(1)).toContainText(expectedLevel(dim.id, b));
        const moved = EVENTS.filter(
          (e) => e.date > a && e.date <= b && (e.shifts ?? []).some((s) => s.dimension === dim.id),
        );
        await expect(cells.nth(2).getByRole('listitem')).toHaveCount(
          moved.reduce(
            (n, e) => n + (e.shifts ?? []).filter((s) => s.dimension === dim.id).length,
            0,
          ),
        );
      }
      expect(await axe()).toEqual([]);
    });
  }

  test('opens from its button, follows the date inputs into the link, and closes', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Compare two dates' }).click();
    const region = page.getByRole('region', { name: 'Compare two dates' });
    await region.getByLabel('Date A').fill('2024-03-01');
    await expect(page).toHaveURL(/[?&]compare=2024-03-01\.\.\d{4}-\d{2}-\d{2}(&|$)/);
    await region.getByLabel('Date B').fill('2024-04-30');
    await expect(page).toHaveURL(/[?&]compare=2024-03-01\.\.2024-04-30(&|$)/);
    await region.getByRole('button', { name: 'Close comparison' }).click();
    await expect(region).toBeHidden();
    await expect(page).not.toHaveURL(/compare=/);
    await expect(page.getByRole('button', { name: 'Compare two dates' })).toBeFocused();
  });
});

test.describe('print', () => {
  test('prints the filtered events as a footnoted list, with no controls', async ({ page }) => {
    const shown = eventsInvolving(RUSSIA.id);
    await page.goto(`./?actors=${RUSSIA.id}`);
    await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const printout = page.getByRole('article', { name: 'Printable list of events' });
    await expect(printout).toBeVisible();
    const items = printout.getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(shown.length);
    const first = [...shown].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))[0]!;
    await expect(items.first().getByRole('heading')).toHaveText(first.title);
    await expect(items.first().getByRole('link', { name: '[1]' })).toBeVisible();
    const notes = printout.getByRole('list').last().getByRole('listitem');
    await expect(notes.first()).toContainText(first.sources[0]!.url);
    await expect(printout.getByRole('link', { name: /actors=russia/ })).toBeVisible();
    await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Filters' })).toBeHidden();
    // Nothing cut off: the list is as wide as the page, and no line runs past its edge.
    const overflow = await printout.evaluate((el) => ({
      list: el.scrollWidth - el.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      right: el.getBoundingClientRect().right - document.documentElement.clientWidth,
    }));
    expect(overflow.list).toBeLessThanOrEqual(0);
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.right).toBeLessThanOrEqual(0);

    await page.emulateMedia({ media: 'screen' });
    await expect(printout).toBeHidden();
  });
});
