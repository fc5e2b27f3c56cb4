/**
 * The vertical reading on a phone: below 640 px the timeline reads top to bottom by default, with
 * the chart's keys, links and filters; the choice of direction is part of the link.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { findActor } from './filters';
import {
  CHRONOLOGICAL,
  TOTAL,
  actorByName,
  escapeRegExp,
  eventById,
  eventsInvolving,
} from './flagship';

const VETO_ID = 'us-ceasefire-draft-vetoed-by-russia-china';
const VETO = eventById(VETO_ID);
const RUSSIA = actorByName('Russia');
const FIRST = CHRONOLOGICAL[0]!;
const SECOND = CHRONOLOGICAL[1]!;
const LAST = CHRONOLOGICAL[CHRONOLOGICAL.length - 1]!;

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const events = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const direction = (page: Page) => page.getByRole('radiogroup', { name: 'Timeline direction' });
const eventButton = (page: Page, title: string) =>
  events(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events$/ });
/** The accessible name of whatever has focus. */
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '(none)');

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the timeline reads top to bottom by default, and axe passes', async ({ page, axe }) => {
    test.slow(); // axe over the whole page, every row included
    await page.goto('./');
    await expect(direction(page).getByRole('radio', { name: 'Vertical' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(timeline(page)).toHaveAttribute('data-orient', 'vertical');
    // Every event of the flagship is drawn, in time order, under month headings.
    await expect(events(page).getByRole('button')).toHaveCount(TOTAL);
    await expect(events(page).getByRole('button').first()).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(FIRST.title)},`),
    );
    await expect(timeline(page).getByRole('heading', { name: /^October 2023/ })).toBeVisible();
    // Stance changes appear under the event that makes them.
    const shifting = CHRONOLOGICAL.find((e) => (e.shifts ?? []).length > 0)!;
    const row = eventButton(page, shifting.title).locator('xpath=ancestor::li[1]');
    await expect(row.getByRole('list', { name: 'Stance changes' })).toBeVisible();
    expect(await axe()).toEqual([]);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      )
      .toBe(true);
  });

  test('the rows on screen set the first-paint mark that deferred code waits for', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(events(page).getByRole('button').first()).toBeVisible();
    // bench/README.md: `stanceline:marks-painted` is set once the first marks are on screen.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('stanceline:marks-painted').length),
      )
      .toBe(1);
  });

  test('in the dark theme, axe passes', async ({ page, axe }) => {
    test.slow(); // axe over the whole page, every row included
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?event=${VETO_ID}`);
    await expect(details(page).getByRole('heading').first()).toHaveText(VETO.title);
    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(eventButton(page, VETO.title)).toHaveAttribute('aria-pressed', 'false');
    expect(await axe()).toEqual([]);
  });

  test('one Tab stop, arrows, Home and End move, Enter opens and Escape closes', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(eventButton(page, FIRST.title)).toBeVisible();
    const group = await events(page).elementHandle();
    const inEvents = () => group!.evaluate((g) => g.contains(document.activeElement));
    let presses = 0;
    while (!(await inEvents()) && presses < 300) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inEvents(), 'Tab reaches the events').toBe(true);
    await expect(eventButton(page, FIRST.title)).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(eventButton(page, SECOND.title)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(eventButton(page, FIRST.title)).toBeFocused();
    await page.keyboard.press('End');
    await expect(eventButton(page, LAST.title)).toBeFocused();
    await expect(eventButton(page, LAST.title)).toBeInViewport();
    await page.keyboard.press('Home');
    await expect(eventButton(page, FIRST.title)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(eventButton(page, SECOND.title)).toBeFocused();

    // One stop: Tab leaves the events, Shift+Tab comes back to the same one.
    await page.keyboard.press('Tab');
    expect(await inEvents()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(eventButton(page, SECOND.title)).toBeFocused();

    // Enter opens the event, with focus in its details; Escape closes them and returns.
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading').first()).toHaveText(SECOND.title);
    await expect(page).toHaveURL(new RegExp(`event=${SECOND.id}`));
    await expect.poll(async () => (await focusedName(page)) !== SECOND.title).toBe(true);
    await page.keyboard.press('Escape');
    await expect(details(page)).toBeHidden();
    await expect(eventButton(page, SECOND.title)).toBeFocused();
  });

  test('a link to an event opens it, and closing it leaves its row in view', async ({ page }) => {
    await page.goto(`./?event=${VETO_ID}`);
    await expect(details(page).getByRole('heading').first()).toHaveText(VETO.title);
    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(details(page)).toBeHidden();
    await expect(eventButton(page, VETO.title)).toBeInViewport();
    await expect(eventButton(page, VETO.title)).toBeFocused();
  });

  test('a link to a window opens at its start, and scrolling moves the window', async ({
    page,
  }) => {
    const firstInMarch = CHRONOLOGICAL.find((e) => e.date >= '2024-03-01')!;
    await page.goto('./?v=2&from=2024-03-01&to=2024-04-15');
    await expect(eventButton(page, firstInMarch.title)).toBeInViewport();
    await expect(eventButton(page, FIRST.title)).not.toBeInViewport();
    // Opening the link does not rewrite it.
    await expect(page).toHaveURL(/from=2024-03-01&to=2024-04-15/);

    await page.mouse.wheel(0, 2400);
    await expect(page).not.toHaveURL(/from=2024-03-01/);
    const from = new URL(page.url()).searchParams.get('from')!;
    expect(from > '2024-03-01').toBe(true);
    // Reopened, the link starts where the reader was.
    await page.reload();
    const first = CHRONOLOGICAL.find((e) => e.date >= from)!;
    await expect(eventButton(page, first.title)).toBeInViewport();
  });

  test('the filters narrow the events, and the horizontal chart is one choice away', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const drawer = page.getByRole('navigation', { name: 'Filters' });
    await (await findActor(drawer, RUSSIA.name)).check();
    await drawer.getByRole('button', { name: 'Done' }).click();
    const shown = eventsInvolving(RUSSIA.id).length;
    await expect(count(page)).toHaveText(`${shown} of ${TOTAL} events`);
    await expect(events(page).getByRole('button')).toHaveCount(shown);

    // Dimmed instead of hidden, the other events stay in the reading, and say so.
    await page.goto(`./?actors=${RUSSIA.id}&filtered=dim`);
    await expect(events(page).getByRole('button')).toHaveCount(TOTAL);
    const other = CHRONOLOGICAL.find((e) => !eventsInvolving(RUSSIA.id).includes(e))!;
    await expect(eventButton(page, other.title).locator('xpath=ancestor::li[1]')).toContainText(
      'outside the filters',
    );
    await expect(eventButton(page, VETO.title).locator('xpath=ancestor::li[1]')).not.toContainText(
      'outside the filters',
    );
    await page.goto(`./?actors=${RUSSIA.id}`);
    await expect(events(page).getByRole('button')).toHaveCount(shown);

    // The other direction is a link parameter; the phone's default is left out of the link.
    await direction(page).getByRole('radio', { name: 'Horizontal' }).click();
    await expect(page).toHaveURL(/orient=horizontal/);
    await expect(timeline(page)).not.toHaveAttribute('data-orient', 'vertical');
    await expect(timeline(page).locator('canvas').first()).toBeVisible();
    await page.reload();
    await expect(direction(page).getByRole('radio', { name: 'Horizontal' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await direction(page).getByRole('radio', { name: 'Vertical' }).click();
    await expect(page).not.toHaveURL(/orient=/);
    await expect(timeline(page)).toHaveAttribute('data-orient', 'vertical');
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the chart reads left to right, and a link can ask for the vertical reading', async ({
    page,
    axe,
  }) => {
    test.slow(); // axe over the whole page, every row included
    await page.goto('./');
    await expect(direction(page)).toHaveCount(0);
    await expect(timeline(page)).not.toHaveAttribute('data-orient', 'vertical');

    await page.goto('./?orient=vertical');
    await expect(timeline(page)).toHaveAttribute('data-orient', 'vertical');
    await expect(events(page).getByRole('button')).toHaveCount(TOTAL);
    expect(await axe()).toEqual([]);
    await direction(page).getByRole('radio', { name: 'Horizontal' }).click();
    await expect(page).not.toHaveURL(/orient=/);
    await expect(direction(page)).toHaveCount(0);
  });
});

test.describe('10,000 events on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const ID = 'stress-10k';
  const stress = (
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, '..', 'data', ID, 'events.json'), 'utf8'),
    ) as { events: Array<{ id: string; date: string; significance: number; title: string }> }
  ).events;

  test('draws only the rows on screen, and the keyboard reaches the last event', async ({
    page,
    axe,
  }) => {
    test.slow(); // ten thousand events to load, and axe over the page
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/10,000 events/);
    const buttons = events(page).getByRole('button');
    await expect(buttons.first()).toBeVisible();
    expect(await buttons.count()).toBeLessThan(80);
    // Each drawn row says where it sits in the whole list: every event and month heading.
    const setSize = await events(page).getByRole('listitem').first().getAttribute('aria-setsize');
    expect(Number(setSize)).toBeGreaterThan(10_000);
    await expect(events(page).getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
    expect(await axe()).toEqual([]);

    await buttons.first().focus();
    await page.keyboard.press('End');
    const last = [...stress].sort((a, b) =>
      a.date !== b.date
        ? a.date < b.date
          ? -1
          : 1
        : b.significance - a.significance || (a.id < b.id ? -1 : 1),
    )[stress.length - 1]!;
    await expect(eventButton(page, last.title)).toBeFocused();
    await expect(eventButton(page, last.title)).toBeInViewport();
    expect(await buttons.count()).toBeLessThan(80);
    await page.keyboard.press('PageUp');
    await expect
      .poll(() => focusedName(page))
      .not.toMatch(new RegExp(`^${escapeRegExp(last.title)},`));
  });
});
