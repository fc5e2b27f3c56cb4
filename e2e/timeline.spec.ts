/**
 * The interactive timeline: marks in lanes, the details panel, zoom, the overview brush, stance
 * tracks, relation arcs, lane modes and walking through events. Everything is reached the way a
 * reader reaches it: by role and name, with the mouse or the keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  CHRONOLOGICAL,
  DIMENSIONS,
  escapeRegExp,
  eventById,
  eventDate,
  longDate,
} from './flagship';

const VETO_ID = 'us-ceasefire-draft-vetoed-by-russia-china';
const VETO = eventById(VETO_ID);
const RES_2728 = eventById('un-resolution-2728');
const GRANULARITIES = ['year', 'month', 'week', 'day', 'hour'];
const SHOTS = 'test-results/screenshots';

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const vetoMark = (page: Page) =>
  timeline(page).getByRole('button', { name: /Russia and China veto.*22 March 2024/ });
/**
 * A lane's label in the gutter: an item of the timeline's lists other than the legend (group
 * lanes are expand buttons with a chevron before the name).
 */
const laneLabel = (page: Page, name: string) =>
  timeline(page)
    .getByRole('list')
    .filter({ hasNotText: 'Size: significance' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`(^|\\W)${escapeRegExp(name)}$`) });
const windowLabel = (page: Page) => timeline(page).getByText(/^Showing /);
const zoomIn = (page: Page) => page.getByRole('button', { name: 'Zoom in', exact: true });
const zoomOut = (page: Page) => page.getByRole('button', { name: 'Zoom out', exact: true });

/** The axis' tick granularity, which the contract exposes as `data-granularity` on `.axis`. */
async function granularity(page: Page): Promise<number> {
  const value = await timeline(page).locator('.axis').getAttribute('data-granularity');
  const index = GRANULARITIES.indexOf(value ?? '');
  expect(index, `unexpected data-granularity "${value}"`).toBeGreaterThanOrEqual(0);
  return index;
}

/** Clicks a zoom button and waits for the window it shows to change. */
async function clickAndWaitForWindow(page: Page, button: Locator): Promise<void> {
  const before = await windowLabel(page).textContent();
  await button.click();
  await expect(windowLabel(page)).not.toHaveText(before ?? '');
}

test.describe('the flagship timeline', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('draws its events as named marks in actor-group lanes', async ({ page }) => {
    await page.goto('./');
    for (const lane of ['U.S. executive', 'Congress', 'UN Security Council']) {
      await expect(laneLabel(page, lane)).toBeVisible();
    }
    await expect.poll(() => marks(page).getByRole('button').count()).toBeGreaterThan(40);
    // Every mark is named by its event's title and date; a cluster by its count and days.
    for (const mark of await marks(page).getByRole('button').all()) {
      const id = await mark.getAttribute('data-event-id');
      if (id === null) {
        // A cluster: how many events, and the days they span.
        await expect(mark).toHaveAccessibleName(/^\d+ events\b.*\d{4}.*\d{4}/);
      } else {
        const event = eventById(id);
        await expect(mark).toHaveAccessibleName(
          new RegExp(`^${escapeRegExp(`${event.title}, ${eventDate(event)}`)}`),
        );
      }
    }
    await expect(vetoMark(page)).toHaveAttribute('data-event-id', VETO_ID);
    await expect(vetoMark(page)).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(VETO.title)}, ${longDate(VETO.date)}`),
    );
  });

  test('clicking the 22 March 2024 veto opens its vote, vetoes and sources', async ({ page }) => {
    await page.goto('./');
    await vetoMark(page).click();

    const panel = details(page);
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${VETO_ID}(&|$)`));
    await expect(panel.getByRole('heading').first()).toHaveText(VETO.title);
    await expect(vetoMark(page)).toHaveAttribute('aria-pressed', 'true');

    await expect(panel.getByText('11–3–1', { exact: true })).toBeVisible();
    const members = panel.getByRole('table', { name: 'How members voted' });
    await expect(members.getByRole('row', { name: /^Russia\b/ })).toContainText('veto');
    await expect(members.getByRole('row', { name: /^China\b/ })).toContainText('veto');
    await expect(members.getByRole('row', { name: /^Algeria\b/ })).not.toContainText('veto');

    const sources = panel.getByRole('region', { name: 'Sources' }).getByRole('link');
    await expect(sources).toHaveCount(VETO.sources.length);
    for (const [i, source] of VETO.sources.entries()) {
      const link = sources.nth(i);
      await expect(link).toHaveText(source.title);
      await expect(link).toHaveAttribute('href', source.url);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  test('the zoom buttons change the tick granularity, and Reset zoom restores it', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(windowLabel(page)).toBeVisible();
    const start = await granularity(page);
    const startLabel = await windowLabel(page).textContent();

    for (let i = 0; i < 4; i += 1) await clickAndWaitForWindow(page, zoomIn(page));
    await expect.poll(() => granularity(page)).toBeGreaterThan(start);
    // The toolbar's window label carries the same granularity as the axis.
    await expect(windowLabel(page)).toHaveAttribute(
      'data-granularity',
      (await timeline(page).locator('.axis').getAttribute('data-granularity')) ?? '',
    );
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const zoomed = await granularity(page);

    await clickAndWaitForWindow(page, zoomOut(page));
    await clickAndWaitForWindow(page, zoomOut(page));
    await expect.poll(() => granularity(page)).toBeLessThan(zoomed);

    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect(windowLabel(page)).toHaveText(startLabel ?? '');
    await expect.poll(() => granularity(page)).toBe(start);
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
  });

  test('dragging the overview brush pans the window and puts it in the link', async ({ page }) => {
    await page.goto('./');
    await clickAndWaitForWindow(page, zoomIn(page));
    await expect(page).toHaveURL(/[?&]from=/);
    const before = await windowLabel(page).textContent();
    const fromBefore = new URL(page.url()).searchParams.get('from');

    const overview = page.getByRole('img', { name: /^Overview/ });
    await overview.scrollIntoViewIfNeeded();
    const selection = overview.locator('.brush .selection');
    const box = await selection.boundingBox();
    expect(box, 'the brush selection is drawn').not.toBeNull();
    const { x, y, width, height } = box!;
    await page.mouse.move(x + width / 2, y + height / 2);
    await page.mouse.down();
    await page.mouse.move(x + width / 2 + 120, y + height / 2, { steps: 6 });
    await page.mouse.up();

    await expect(windowLabel(page)).not.toHaveText(before ?? '');
    await expect(windowLabel(page)).toHaveText(/^Showing \d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // Dragged to the right: the window now starts later.
    await expect
      .poll(() => Date.parse(new URL(page.url()).searchParams.get('from') ?? ''))
      .toBeGreaterThan(Date.parse(fromBefore ?? ''));
  });

  test('stance tracks: one group per dimension, markers that explain their level', async ({
    page,
  }) => {
    // Zoomed to March 2024, where the 22 and 25 March markers are far enough apart to point at.
    await page.goto('./?from=2024-03-01&to=2024-04-10');
    const tracks = page.getByRole('group', { name: /^Stance track: / });
    await expect(tracks.first()).toBeVisible();
    expect(DIMENSIONS.length).toBeGreaterThanOrEqual(4);
    await expect(tracks).toHaveCount(DIMENSIONS.length);
    for (const dimension of DIMENSIONS) {
      const track = page.getByRole('group', { name: `Stance track: ${dimension.name}` });
      await expect(track.getByRole('button').first()).toBeVisible();
    }

    // Hovering the veto's marker shows its level and the rationale behind it.
    const shift = VETO.shifts?.[0];
    expect(shift, 'the veto moves a stance dimension').toBeDefined();
    const dimension = DIMENSIONS.find((d) => d.id === shift!.dimension)!;
    const level = dimension.levels.find((l) => l.value === shift!.level)!.label;
    const track = page.getByRole('group', { name: `Stance track: ${dimension.name}` });
    const marker = track.getByRole('button', {
      name: new RegExp(`${escapeRegExp(level)}, from ${longDate(VETO.date)}`),
    });
    await marker.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(level);
    await expect(tip).toContainText(shift!.rationale);
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();

    // Focus works as well as hover: the first marker of another track.
    const other = DIMENSIONS.find((d) => d.id !== dimension.id)!;
    const first = page
      .getByRole('group', { name: `Stance track: ${other.name}` })
      .getByRole('button')
      .first();
    await first.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(other.name);
    const firstName = (await first.getAttribute('aria-label')) ?? '';
    await expect(tip).toContainText(firstName.replace(/^[^:]*: /, '').replace(/, from .*$/, ''));
  });

  test('an open event with relations draws arcs to the related events', async ({ page }) => {
    await page.goto('./');
    await expect(marks(page)).toBeVisible();
    const arcs = timeline(page).locator('path[data-arc-to]');
    await expect(arcs).toHaveCount(0);

    await page.goto(`./?event=${RES_2728.id}`);
    await expect(details(page).getByRole('heading').first()).toHaveText(RES_2728.title);
    await expect.poll(() => arcs.count()).toBeGreaterThanOrEqual(1);
    await expect(timeline(page).locator(`path[data-arc-to="${VETO_ID}"]`)).toHaveCount(1);

    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(arcs).toHaveCount(0);
  });

  test('lanes by event type replace the actor-group lanes', async ({ page }) => {
    await page.goto('./');
    const lanes = page.getByRole('radiogroup', { name: 'Lanes' });
    const byGroup = lanes.getByRole('radio', { name: 'By actor group' });
    const byType = lanes.getByRole('radio', { name: 'By event type' });
    await expect(byGroup).toBeChecked();
    await expect(laneLabel(page, 'Veto')).toHaveCount(0);

    await byType.click();
    await expect(byType).toBeChecked();
    await expect(byGroup).not.toBeChecked();
    await expect(laneLabel(page, 'Veto')).toBeVisible();
    await expect(laneLabel(page, 'Letter')).toBeVisible();
    await expect(laneLabel(page, 'U.S. executive')).toHaveCount(0);
    await expect(page).toHaveURL(/[?&]lanes=type(&|$)/);
    await expect(vetoMark(page)).toBeVisible();

    await byGroup.click();
    await expect(laneLabel(page, 'U.S. executive')).toBeVisible();
    await expect(page).not.toHaveURL(/lanes=/);
  });

  test('Previous and Next in the details walk the events in time order', async ({ page }) => {
    const at = CHRONOLOGICAL.findIndex((e) => e.id === VETO_ID);
    const prev = CHRONOLOGICAL[at - 1]!;
    const next = CHRONOLOGICAL[at + 1]!;
    await page.goto(`./?event=${VETO_ID}`);
    const panel = details(page);
    const heading = panel.getByRole('heading').first();
    await expect(heading).toHaveText(VETO.title);

    await panel.getByRole('button', { name: /Next/ }).click();
    await expect(heading).toHaveText(next.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${next.id}(&|$)`));
    expect(next.date >= VETO.date).toBe(true);

    await panel.getByRole('button', { name: /Previous/ }).click();
    await panel.getByRole('button', { name: /Previous/ }).click();
    await expect(heading).toHaveText(prev.title);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${prev.id}(&|$)`));

    // The ends of the chronology disable the button that would walk off it.
    await page.goto(`./?event=${CHRONOLOGICAL[0]!.id}`);
    await expect(panel.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await expect(panel.getByRole('button', { name: /Next/ })).toBeEnabled();
  });

  test('↑ and ↓ on a mark move focus to the nearest mark in the lane below and above', async ({
    page,
  }) => {
    await page.goto('./');
    const mark = vetoMark(page);
    await mark.focus();
    await expect(mark).toBeFocused();
    const start = await focusedMark(page);

    await page.keyboard.press('ArrowDown');
    await expect(mark).not.toBeFocused();
    const below = await focusedMark(page);
    expect(below.y).toBeGreaterThan(start.y);

    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focusedMark(page)).y).toBeLessThan(below.y);
  });

  test('+, − and 0 on a focused mark zoom in, out and back, keeping focus on the mark', async ({
    page,
  }) => {
    await page.goto('./');
    const mark = vetoMark(page);
    await mark.focus();
    const start = await granularity(page);
    const full = await windowLabel(page).textContent();

    for (let i = 0; i < 3; i += 1) {
      const before = await windowLabel(page).textContent();
      await page.keyboard.press('+');
      await expect(windowLabel(page)).not.toHaveText(before ?? '');
      // A keyboard reader zooming must not lose their place: the mark keeps focus.
      await expect(mark).toBeFocused();
    }
    await expect.poll(() => granularity(page)).toBeGreaterThan(start);
    const zoomed = await windowLabel(page).textContent();

    await page.keyboard.press('-');
    await expect(windowLabel(page)).not.toHaveText(zoomed ?? '');
    await page.keyboard.press('0');
    await expect(windowLabel(page)).toHaveText(full ?? '');
    await expect.poll(() => granularity(page)).toBe(start);
  });

  test('/ focuses the search box and ? opens the keyboard shortcuts', async ({ page }) => {
    await page.goto('./');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await vetoMark(page).focus();
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const search = page.getByRole('searchbox', { name: 'Search events' });
    await vetoMark(page).focus();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    // While typing, "/" and "?" are text, not shortcuts.
    await page.keyboard.type('a/b?');
    await expect(search).toHaveValue('a/b?');
    await expect(dialog).toBeHidden();
  });

  test('screenshots for review (desktop and phone)', async ({ page }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/timeline-1440x900.png` });
    await vetoMark(page).click();
    await expect(details(page).getByRole('heading').first()).toHaveText(VETO.title);
    await page.screenshot({ path: `${SHOTS}/details-1440x900.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(marks(page).getByRole('button').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/timeline-390x844.png` });
    await page.goto(`./?event=${VETO_ID}`);
    await expect(details(page).getByRole('heading').first()).toHaveText(VETO.title);
    await page.screenshot({ path: `${SHOTS}/details-390x844.png` });
  });
});

/** The focused element's role and where it is drawn, to follow focus across the marks. */
async function focusedMark(page: Page): Promise<{ role: string | null; y: number }> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    // Marks are <button> elements: their role is implicit.
    const role = el?.getAttribute('role') ?? (el?.tagName === 'BUTTON' ? 'button' : null);
    return { role, y: el?.getBoundingClientRect().y ?? NaN };
  });
  expect(focused.role, 'focus is on a timeline mark').toBe('button');
  return focused;
}
