/**
 * Accessible by construction: axe finds nothing in any main state, every core task works with
 * the keyboard alone, motion respects the reader's setting, the theme choice sticks, the phone
 * layout works, and targets are big enough to hit.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actorItem, findActor } from './filters';
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

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const vetoMark = (page: Page) =>
  timeline(page).getByRole('button', { name: /Russia and China veto.*22 March 2024/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const detailsHeading = (page: Page) => details(page).getByRole('heading').first();
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events$/ });
const listTable = (page: Page) => page.getByRole('main').getByRole('table');
const shortcuts = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });
const windowLabel = (page: Page) => timeline(page).getByText(/^Showing /);

/** The accessible name (here always aria-label or text) of whatever has focus. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing focused)';
    return el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 120) ?? el.tagName;
  });

/** Whether focus is inside the element `area` resolves to. */
const focusIsIn = (area: Locator) => area.evaluate((el) => el.contains(document.activeElement));

test.describe('axe finds no WCAG 2.2 A/AA violations', () => {
  // One axe pass over the whole chart takes 8–15 s on a busy two-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('in the timeline', async ({ page, axe }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('in the list view', async ({ page, axe }) => {
    await page.goto('./?view=list');
    await expect(listTable(page).getByRole('row')).toHaveCount(TOTAL + 1);
    expect(await axe()).toEqual([]);
  });

  test('with the details of an event open', async ({ page, axe }) => {
    await page.goto(`./?event=${VETO_ID}`);
    await expect(detailsHeading(page)).toHaveText(VETO.title);
    await expect(vetoMark(page)).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('with filters applied: chips, counts and the empty state', async ({ page, axe }) => {
    await page.goto('./?actors=blinken&types=veto');
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    await expect(page.getByText('No events match.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Filters' })).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('with the keyboard shortcuts dialog open', async ({ page, axe }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    await page.getByRole('button', { name: 'Shortcuts' }).click();
    await expect(shortcuts(page)).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('in the dark theme', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?event=${VETO_ID}`);
    await expect(detailsHeading(page)).toHaveText(VETO.title);
    // With no stored choice the system's dark preference applies.
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await axe()).toEqual([]);
  });

  test('on a 390×844 phone, with the filters drawer open', async ({ page, axe }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(marks(page).getByRole('button').first()).toBeVisible();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Filters' })).toBeVisible();
    expect(await axe()).toEqual([]);
  });
});

test.describe('keyboard only', () => {
  test('the core tasks work without the mouse', async ({ page, context }) => {
    // A couple of hundred key presses, as a reader tabbing past every filter makes them.
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    // Share and Download become buttons once the chart has drawn; a reader who tabs through the
    // header before then finds "Dark theme" first, and the header's tab stop stays there.
    await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();

    // The first stop is the skip link.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to list view' })).toBeFocused();

    // Tab on until the timeline's marks: one stop for all of them. (A handle on the marks' group,
    // resolved once, keeps each of the couple of hundred checks cheap.)
    const group = await marks(page).elementHandle();
    const inMarks = () => group!.evaluate((g) => g.contains(document.activeElement));
    for (let i = 0; i < 400 && !(await inMarks()); i += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await inMarks(), 'Tab reaches the timeline marks').toBe(true);
    const entry = await focusedName(page);
    await page.keyboard.press('Tab');
    expect(await inMarks(), 'the marks are a single tab stop').toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedName(page)).toBe(entry);

    // → walks forward in time to the 22 March 2024 veto.
    const target = /Russia and China veto.*22 March 2024/;
    for (let i = 0; i < 80 && !target.test(await focusedName(page)); i += 1) {
      const before = await focusedName(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedName(page)).not.toBe(before);
    }
    await expect(vetoMark(page)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(vetoMark(page)).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(vetoMark(page)).toBeFocused();

    // Enter opens the details and moves focus to their heading.
    await page.keyboard.press('Enter');
    await expect(detailsHeading(page)).toHaveText(VETO.title);
    await expect(detailsHeading(page)).toBeFocused();

    // Tab into the details until a source link.
    const sources = details(page).getByRole('region', { name: 'Sources' });
    for (let i = 0; i < 60 && !(await focusIsIn(sources)); i += 1) {
      await page.keyboard.press('Tab');
    }
    const firstSource = sources.getByRole('link').first();
    await expect(firstSource).toBeFocused();
    await expect(firstSource).toHaveAttribute('target', '_blank');

    // Escape closes the details and puts focus back on the mark.
    await page.keyboard.press('Escape');
    await expect(details(page)).toBeHidden();
    await expect(vetoMark(page)).toBeFocused();

    // "/" jumps to the search box; from there Tab reaches the view switch.
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
    // The view switch is one stop, a radio group: an arrow key moves to List and chooses it.
    const view = page.getByRole('radiogroup', { name: 'View' });
    await page.keyboard.press('Tab');
    await expect(view.getByRole('radio', { name: 'Timeline' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(view.getByRole('radio', { name: 'List' })).toBeFocused();
    await expect(view.getByRole('radio', { name: 'List' })).toBeChecked();
    await expect(listTable(page)).toBeVisible();
    await expect(page).toHaveURL(/[?&]view=list(&|$)/);

    // The Share menu opens with Enter on its first item, Copy link, chosen with Enter.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/[?&]view=list/);

    // Filter to one actor in the filter tree: open its group with →, walk down, Space.
    const unsc = page
      .getByRole('tree', { name: 'Filters' })
      .getByRole('treeitem', { name: /^UN Security Council, / });
    await unsc.focus();
    await page.keyboard.press('ArrowRight');
    await expect(unsc).toHaveAttribute('aria-expanded', 'true');
    const russia = actorItem(page, RUSSIA.name);
    for (
      let i = 0;
      i < 30 && !(await russia.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(russia).toBeFocused();
    await page.keyboard.press('Space');
    await expect(russia).toBeChecked();
    await expect(page).toHaveURL(/[?&]actors=russia(&|$)/);
    const shown = eventsInvolving(RUSSIA.id).length;
    await expect(count(page)).toHaveText(`${shown} of ${TOTAL} events`);
    await expect(listTable(page).getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(shown);
  });
});

test.describe('keyboard', () => {
  test('arrow keys at the default zoom move focus without panning or filtering', async ({
    page,
  }) => {
    await page.goto('./');
    const label = await windowLabel(page).textContent();
    const first = marks(page).getByRole('button', {
      name: new RegExp(`^${escapeRegExp(CHRONOLOGICAL[0]!.title)},`),
    });
    await first.focus();
    for (let i = 0; i < 8; i += 1) {
      const before = await focusedName(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedName(page)).not.toBe(before);
    }
    // Every mark is already in view: nothing to reveal, so the window stays the whole period.
    await expect(windowLabel(page)).toHaveText(label ?? '');
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
  });

  test('Home and End on a mark jump to the first and the last event in time', async ({ page }) => {
    // Several events can share the first or the last day; the timeline orders a day's events by
    // lane, so any event of that day is the right answer.
    const onDay = (date: string) =>
      new RegExp(
        `^(${CHRONOLOGICAL.filter((e) => e.date === date)
          .map((e) => escapeRegExp(e.title))
          .join('|')}),`,
      );
    const first = onDay(CHRONOLOGICAL[0]!.date);
    const last = onDay(CHRONOLOGICAL[CHRONOLOGICAL.length - 1]!.date);
    await page.goto('./');
    await vetoMark(page).focus();
    await expect(vetoMark(page)).toBeFocused();

    await page.keyboard.press('End');
    await expect.poll(() => focusedName(page)).toMatch(last);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedName(page)).toMatch(first);
    await page.keyboard.press('End');
    await expect.poll(() => focusedName(page)).toMatch(last);
  });

  test('? opens the shortcuts dialog and Escape closes it', async ({ page }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    await page.keyboard.press('?');
    await expect(shortcuts(page)).toBeVisible();
    await expect(
      shortcuts(page).getByRole('heading', { name: 'Keyboard shortcuts' }),
    ).toBeVisible();
    await expect(shortcuts(page).getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(shortcuts(page)).toBeHidden();
  });
});

test.describe('motion and theme', () => {
  test('with reduced motion, transitions are off and zoom applies at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    const copy = page.getByRole('button', { name: 'Share' });
    expect(await copy.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');

    const before = await windowLabel(page).textContent();
    const label = await windowLabel(page).elementHandle();
    // Click and read the label one animation frame later, all inside the page.
    const after = await page.getByRole('button', { name: 'Zoom in', exact: true }).evaluate(
      (button, shown) =>
        new Promise<string>((resolve) => {
          (button as HTMLElement).click();
          requestAnimationFrame(() => resolve(shown?.textContent ?? ''));
        }),
      label,
    );
    expect(after).toMatch(/^Showing /);
    expect(after).not.toBe(before);
  });

  test('the dark theme toggle persists across reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const html = page.locator('html');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const background = await page
      .locator('body')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b, `body background ${background} is dark`).toBeLessThan(200);

    // And back to light, which sticks as well.
    await toggle.click();
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(html).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a Filters button opens the filters drawer and Done closes it', async ({ page }) => {
    await page.goto('./');
    const drawer = page.getByRole('navigation', { name: 'Filters' });
    const open = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(drawer).toBeHidden();

    await open.click();
    await expect(drawer).toBeVisible();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    // The drawer takes focus, and gives it back to its button when it closes.
    await expect(drawer.getByRole('button', { name: 'Done' })).toBeFocused();
    const russia = await findActor(drawer, RUSSIA.name);
    await russia.check();
    await expect(count(page)).toHaveText(`${eventsInvolving(RUSSIA.id).length} of ${TOTAL} events`);

    await drawer.getByRole('button', { name: 'Done' }).click();
    await expect(drawer).toBeHidden();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await expect(open).toBeFocused();
  });

  test('an opened event fills the screen, and Close details returns', async ({ page }) => {
    await page.goto('./');
    await vetoMark(page).click();
    const panel = details(page);
    await expect(detailsHeading(page)).toHaveText(VETO.title);
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeLessThanOrEqual(1);
    expect(box!.y).toBeLessThanOrEqual(1);
    expect(box!.width).toBeGreaterThanOrEqual(389);
    expect(box!.height).toBeGreaterThanOrEqual(843);

    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/event=/);
  });

  test('the page never scrolls sideways', async ({ page }) => {
    const noSidewaysScroll = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      );
    await page.goto('./');
    await expect(marks(page).getByRole('button').first()).toBeVisible();
    expect(await noSidewaysScroll(), 'timeline').toBe(true);

    await page.goto('./?view=list');
    await expect(listTable(page)).toBeVisible();
    expect(await noSidewaysScroll(), 'list view').toBe(true);

    await page.goto(`./?event=${VETO_ID}`);
    await expect(detailsHeading(page)).toBeVisible();
    expect(await noSidewaysScroll(), 'details').toBe(true);
  });
});

test.describe('targets', () => {
  test('buttons, links and checkboxes in the header and filters are at least 24×24 px', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    const areas = {
      header: page.getByRole('banner'),
      filters: page.getByRole('navigation', { name: 'Filters' }),
    };
    const tooSmall: string[] = [];
    for (const [where, area] of Object.entries(areas)) {
      for (const role of ['button', 'link', 'checkbox'] as const) {
        const found = await area.getByRole(role).evaluateAll((els) =>
          els
            .filter((el) => el.checkVisibility())
            .map((el) => {
              const { width, height } = el.getBoundingClientRect();
              return {
                name:
                  el.getAttribute('aria-label') ??
                  (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null) ??
                  el.textContent?.trim() ??
                  '',
                width,
                height,
                // WCAG 2.5.8's exception: a link inline in a sentence.
                inline: el.tagName === 'A' && el.closest('p') !== null,
              };
            }),
        );
        for (const t of found) {
          if (t.inline || (t.width >= 24 && t.height >= 24)) continue;
          tooSmall.push(
            `${where} ${role} "${t.name}": ${t.width.toFixed(0)}×${t.height.toFixed(0)}`,
          );
        }
      }
    }
    expect(tooSmall).toEqual([]);
  });
});
