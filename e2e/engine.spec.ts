/**
 * The timeline engine: marks on a canvas under a layer of real buttons, the zoom outside React.
 * Zoom steps compose (read from the settled signal, not from time); a generated record of 10,000
 * events opens with a bounded DOM, and an event opens with the keyboard and with a click on the
 * canvas where its mark is drawn.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const zoomIn = (page: Page) => page.getByRole('button', { name: 'Zoom in', exact: true });
const windowLabel = (page: Page) => timeline(page).getByText(/^Showing /);

/** Days between the link's `from` and `to`, inclusive. */
function linkedDays(url: string): number {
  const params = new URL(url).searchParams;
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  return Math.round((to - from) / 86_400_000) + 1;
}

test.describe('zoom', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('four quick Zoom in clicks compose to 16×, and only the final window reaches the link', async ({
    page,
  }) => {
    // Record every address the app writes, to catch a half-way window.
    await page.addInitScript(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        if (url) written.push(String(url));
        replace(data, unused, url);
      };
    });
    await page.goto('./');
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-scale', '1');
    const full = await windowLabel(page).textContent();

    // All four inside one task: each lands while the previous animation is still running. The
    // signal is read in the same task, since a busy machine can finish the whole animation
    // before a separate check would first look.
    const region = await timeline(page).elementHandle();
    const settledAfterClicks = await zoomIn(page).evaluate((button: HTMLElement, chart) => {
      for (let i = 0; i < 4; i++) button.click();
      return chart?.getAttribute('data-zoom-settled');
    }, region);
    expect(settledAfterClicks).toBe('false');
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-scale', '16');
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

    // The link holds a sixteenth of the full period (to the day), and it is the only window
    // ever written: no frame of the animation settled on the way.
    const fullDays = await windowLabel(page).evaluate((_, text) => {
      const [a, b] = (text ?? '').replace('Showing ', '').split(' – ');
      return (Date.parse(`${b} UTC`) - Date.parse(`${a} UTC`)) / 86_400_000 + 1;
    }, full);
    expect(Math.abs(linkedDays(page.url()) - fullDays / 16)).toBeLessThanOrEqual(2);
    const windows = await page.evaluate(() =>
      (window as unknown as { written: string[] }).written
        .map((u) => new URL(u, location.href).searchParams)
        .filter((p) => p.has('from'))
        .map((p) => `${p.get('from')}/${p.get('to')}`),
    );
    expect(new Set(windows).size).toBe(1);
  });

  test('clicks spaced by the animation still compose: each builds on the last target', async ({
    page,
  }) => {
    await page.goto('./');
    for (let i = 0; i < 3; i++) await zoomIn(page).click();
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-scale', '4');
  });
});

test.describe('a generated record of 10,000 events on the canvas', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  const ID = 'stress-10k';

  test('opens with marks painted, a bounded DOM and at most 200 mark buttons', async ({ page }) => {
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const buttons = await marks(page).getByRole('button').count();
    expect(buttons).toBeGreaterThan(20);
    expect(buttons).toBeLessThanOrEqual(200);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(1400);
    // Clusters carry their count and days in their names.
    await expect(
      marks(page).getByRole('button', {
        name: /^\d+ events between .* grouped; activate to expand$/,
      }),
    ).not.toHaveCount(0);
  });

  test('an event opens with the keyboard: Tab stop, arrows, Enter', async ({ page }) => {
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const first = marks(page).locator('[tabindex="0"]');
    await first.focus();
    // Walk right until an event (not a cluster) has focus, then open it.
    for (let i = 0; i < 20; i++) {
      const isEvent = await page.evaluate(() =>
        document.activeElement?.hasAttribute('data-event-id'),
      );
      if (isEvent) break;
      const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .not.toBe(before);
    }
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toBeTruthy();
    await page.keyboard.press('Enter');
    const heading = details(page).getByRole('heading').first();
    await expect(heading).toBeFocused();
    expect(name!.startsWith(`${(await heading.textContent()) ?? '?'},`)).toBe(true);
  });

  test('an event opens with a click on the canvas where its mark is drawn', async ({ page }) => {
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const surface = timeline(page).locator('[data-zoom-surface]');
    const box = (await surface.boundingBox())!;
    // Sweep the first row of each lane, as a reader's pointer would, until the canvas itself
    // (not a button over it) shows a mark's tooltip.
    const tooltip = page.locator('.mark-tip .tooltip-title');
    const lanes = await timeline(page)
      .getByRole('list')
      .filter({ hasNotText: 'Size: significance' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    let found: { x: number; y: number; title: string } | null = null;
    search: for (const top of lanes) {
      const y = top + 4 + 12; // lane padding, then the centre of its first row
      for (let x = box.x + 4; x < box.x + box.width - 4; x += 5) {
        const onCanvas = await page.evaluate(
          ([px, py]) => document.elementFromPoint(px!, py!)?.tagName === 'CANVAS',
          [x, y],
        );
        if (!onCanvas) continue;
        await page.mouse.move(x, y);
        if ((await tooltip.count()) === 0) continue;
        found = { x, y, title: (await tooltip.textContent()) ?? '' };
        break search;
      }
    }
    expect(found, 'a mark drawn only on the canvas').not.toBeNull();
    await page.mouse.click(found!.x, found!.y);
    await expect(details(page).getByRole('heading').first()).toHaveText(found!.title);
    await expect(page).toHaveURL(/[?&]event=/);
  });

  test('the marks canvas covers the part of the plot on screen, grows as the page scrolls, unstretched', async ({
    page,
  }) => {
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const canvas = timeline(page).locator('.plot-canvas');
    const coverage = () =>
      canvas.evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const r = c.getBoundingClientRect();
        return {
          // Down to the fold at least, and at most one step of 64 px beyond it.
          reachesFold: r.bottom >= innerHeight,
          endsNearFold: r.bottom < innerHeight + 64,
          atTop: Math.max(0, Math.round(r.top)) === Math.round(r.top),
          unstretched: Math.round(r.height * devicePixelRatio) === c.height,
        };
      });
    const covered = { reachesFold: true, endsNearFold: true, atTop: true, unstretched: true };
    // The page opens with the plot under the title and toolbar: the canvas ends at the fold.
    await expect.poll(coverage).toEqual(covered);
    // Scrolled a little, it grows to the new fold.
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(coverage).toEqual(covered);
    // Scrolled past the plot's top, it is a viewport high and stays at the top of the viewport.
    await canvas.evaluate((el) => {
      const plotTop = el.parentElement!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, plotTop + 500);
    });
    await expect
      .poll(() => canvas.evaluate((el) => Math.round(el.getBoundingClientRect().top)))
      .toBe(0);
    await expect.poll(coverage).toEqual(covered);
    // Back at the top it keeps that height (resizing clears it and costs a frame), reaching past
    // the fold, and is still drawn as tall as it is shown.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(coverage).toEqual({ ...covered, endsNearFold: false });
  });

  test('the marks canvas reaches the fold again when what is above the chart gets shorter', async ({
    page,
  }) => {
    // Something above the chart when it first draws, as tall as an open story's panel; it goes
    // later, and the chart moves up with no scroll.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const above = document.createElement('div');
        above.id = 'above-the-chart';
        above.style.height = '300px';
        document.body.prepend(above);
      });
    });
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const canvas = timeline(page).locator('.plot-canvas');
    const reachesFold = () =>
      canvas.evaluate((el) => Math.round(el.getBoundingClientRect().bottom) >= innerHeight);
    await expect.poll(reachesFold).toBe(true);
    await page.evaluate(() => document.getElementById('above-the-chart')!.remove());
    await expect.poll(reachesFold).toBe(true);
  });

  test('after a filter, the lanes below the window get labelled, focusable marks once scrolled to', async ({
    page,
  }) => {
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    await page
      .getByRole('group', { name: 'Event types' })
      .getByRole('treeitem', { name: 'Statement', exact: true })
      .click();
    await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(
      /^[\d,]+ of 10,000 events$/,
    );
    // The last lane, scrolled into view: it lay below the window when the filter applied.
    const lane = timeline(page).locator('.lane-label').last();
    const laneName = (await lane.textContent()) ?? '';
    expect(laneName).not.toBe('');
    const below = await lane.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight);
    expect(below).toBe(true);
    await lane.scrollIntoViewIfNeeded();
    /** Mark buttons and labels whose middle lies within the lane's height. */
    const inLane = () =>
      lane.evaluate((li) => {
        const { top, bottom } = li.getBoundingClientRect();
        const within = (el: Element) => {
          const r = el.getBoundingClientRect();
          const y = (r.top + r.bottom) / 2;
          return y > top && y < bottom;
        };
        const plot = li.closest('.chart')!;
        return {
          buttons: [...plot.querySelectorAll('.marks button')].filter(within).length,
          labels: [...plot.querySelectorAll('[data-label-for]')].filter(within).length,
        };
      });
    await expect.poll(async () => (await inLane()).buttons).toBeGreaterThan(5);
    await expect.poll(async () => (await inLane()).labels).toBeGreaterThan(0);
    // A mark there is a named button that takes focus.
    const id = await lane.evaluate((li) => {
      const { top, bottom } = li.getBoundingClientRect();
      const plot = li.closest('.chart')!;
      const button = [...plot.querySelectorAll<HTMLElement>('.marks button[data-event-id]')].find(
        (el) => {
          const r = el.getBoundingClientRect();
          return (r.top + r.bottom) / 2 > top && (r.top + r.bottom) / 2 < bottom;
        },
      );
      return button?.dataset.eventId ?? null;
    });
    expect(id).not.toBeNull();
    const mark = marks(page).locator(`[data-event-id="${id}"]`);
    await expect(mark).toHaveAttribute('aria-label', /Statement/);
    await mark.focus();
    await expect(mark).toBeFocused();
  });
});
