/**
 * Reading the chart: every key event labelled at the flagship's default desktop view, the opened
 * event always labelled, and no label drawn over a mark. Labels are placed text (hidden from
 * assistive technology, since each mark's button carries the title), so they are read here from
 * the label layer by the event they name.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EVENTS, eventById } from './flagship';

const KEY_IDS = EVENTS.filter((e) => e.significance === 3).map((e) => e.id);
const VETO = eventById('us-ceasefire-draft-vetoed-by-russia-china');

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

/** Ids of the events labelled on the chart. */
async function labelled(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('[data-label-for]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-label-for') ?? ''));
}

/** Pairs of (label, mark) whose boxes meet: a label's text box and a mark's drawn disc. */
async function labelsOverMarks(page: Page): Promise<string[]> {
  return timeline(page).evaluate((root) => {
    const out: string[] = [];
    const labels = [...root.querySelectorAll<HTMLElement>('[data-label-for]')];
    const marks = [...root.querySelectorAll<HTMLElement>('.mark-button')];
    for (const label of labels) {
      const l = label.getBoundingClientRect();
      for (const mark of marks) {
        const m = mark.getBoundingClientRect();
        const cx = m.x + m.width / 2;
        const cy = m.y + m.height / 2;
        // The smallest drawn mark has a radius of about 5 px; its disc must stay clear.
        const dx = Math.max(l.left - cx, 0, cx - l.right);
        const dy = Math.max(l.top - cy, 0, cy - l.bottom);
        if (Math.hypot(dx, dy) < 5) {
          out.push(`${label.dataset.labelFor} over ${mark.getAttribute('aria-label')}`);
        }
      }
    }
    return out;
  });
}

test.describe('chart labels at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the default view labels every key event, and no label covers a mark', async ({ page }) => {
    await page.goto('./');
    await settled(page);
    const ids = await labelled(page);
    expect(KEY_IDS.filter((id) => !ids.includes(id))).toEqual([]);
    expect(await labelsOverMarks(page)).toEqual([]);
  });

  test('the opened event is labelled, with details open', async ({ page }) => {
    await page.goto(`./?event=${VETO.id}`);
    await settled(page);
    await expect(timeline(page).locator(`[data-label-for="${VETO.id}"]`)).toBeVisible();
    expect(await labelsOverMarks(page)).toEqual([]);
  });
});

test.describe('details over the chart', () => {
  const LAST = [...EVENTS].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1)!;

  test('opening and closing the details never moves a mark, at 1440 px', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./');
    await settled(page);
    const mark = timeline(page).getByRole('button', {
      name: /Russia and China veto.*22 March 2024/,
    });
    const before = await mark.boundingBox();
    await mark.click();
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details.getByRole('heading').first()).toHaveText(VETO.title);
    await settled(page);
    expect(await mark.boundingBox()).toEqual(before);
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toBeHidden();
    await settled(page);
    expect(await mark.boundingBox()).toEqual(before);
  });

  for (const width of [1024, 1440]) {
    test(`the opened event stays in sight beside the details, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?event=${LAST.id}`);
      const details = page.getByRole('complementary', { name: 'Event details' });
      await expect(details).toBeVisible();
      await settled(page);
      const mark = timeline(page).locator(`[data-event-id="${LAST.id}"]`);
      const box = (await mark.boundingBox())!;
      const panel = (await details.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
      expect(box.x).toBeGreaterThanOrEqual(0);
    });
  }
});

test.describe('relation arcs', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('are drawn by type and direction, and named when either end has focus', async ({ page }) => {
    const ALGERIA = eventById('us-vetoes-algeria-ceasefire-draft');
    const RES = eventById('un-resolution-2728');
    await page.goto(`./?event=${VETO.id}`);
    await settled(page);
    // The veto follows from Algeria's draft (it states it); Resolution 2728 states its own relation.
    const toAlgeria = timeline(page).locator(`path[data-arc-to="${ALGERIA.id}"]`);
    const toRes = timeline(page).locator(`path[data-arc-to="${RES.id}"]`);
    await expect(toAlgeria).toHaveAttribute('data-relation', 'follows-from');
    await expect(toAlgeria).toHaveAttribute('data-direction', 'out');
    await expect(toRes).toHaveAttribute('data-direction', 'in');
    await expect(toAlgeria).toHaveAttribute('marker-end', /arc-arrow/);
    const label = timeline(page).locator(`[data-arc-label-for="${ALGERIA.id}"]`);
    await expect(label).toBeHidden();

    // Focus on the related mark names its arc; focus on the open event names them all.
    await timeline(page).locator(`[data-event-id="${ALGERIA.id}"]`).focus();
    await expect(label).toBeVisible();
    await expect(label).toHaveText('Follows from');
    await expect(timeline(page).locator(`[data-arc-label-for="${RES.id}"]`)).toBeHidden();
    await timeline(page).locator(`[data-event-id="${VETO.id}"]`).focus();
    await expect(label).toBeVisible();
    await expect(timeline(page).locator(`[data-arc-label-for="${RES.id}"]`)).toBeVisible();
  });
});

test.describe('relation arcs to events outside the window', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("stop at the plot edge, tagged with the far event's date", async ({ page }) => {
    const LETTER = eventById('blinken-austin-30-day-letter');
    const NSM = eventById('nsm-20-issued');
    // The window runs from August 2024; NSM-20 (8 February 2024) is left of it.
    await page.goto(`./?v=2&event=${LETTER.id}&from=2024-08-01&to=2024-12-15`);
    await settled(page);
    const toNsm = timeline(page).locator(`path[data-arc-to="${NSM.id}"]`);
    await expect(toNsm).toBeAttached();
    const tag = timeline(page).locator(`[data-arc-edge-for="${NSM.id}"]`);
    await expect(tag).toHaveText('◂ 8 Feb 2024');
    await expect(tag).toHaveAttribute('data-side', 'left');
    // The tag is inside the plot, at its left edge; the arc itself is cut there, off the lane names.
    const plot = (await timeline(page).locator('.plot').boundingBox())!;
    const box = (await tag.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(plot.x);
    expect(box.x).toBeLessThan(plot.x + 12);
    const clip = await timeline(page)
      .locator('.arc-layer')
      .evaluate((el) => getComputedStyle(el).clipPath);
    expect(clip).toMatch(/^inset\(-\d+px 0px 0px\)$|^inset\(-\d+px 0px 0px 0px\)$/);

    // Widened to the whole record, NSM-20 is in the window: no tag.
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await settled(page);
    await expect(tag).toHaveText('');
    await expect(tag).toHaveAttribute('data-side', '');
  });
});

test.describe('edge tags beside the details drawer at 1024 px', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('never cover one another, on either side, nor the open event and its label', async ({
    page,
  }) => {
    const LETTER = eventById('blinken-austin-30-day-letter');
    await page.goto(`./?v=2&event=${LETTER.id}&from=2024-08-01&to=2024-12-15`);
    await settled(page);
    const tags = timeline(page).locator(
      '.arc-edge[data-side="left"], .arc-edge[data-side="right"]',
    );
    // Two related events lie left of the window and two under the drawer, right of what is in view.
    await expect(tags).toHaveCount(4);
    const boxes = await tags.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const meet = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(meet, `tags ${i} and ${j} overlap`).toBe(false);
      }
    }
    // The arcs start at the open event, so their tags are placed beside it: never over it.
    const open = [
      timeline(page).locator(`[data-event-id="${LETTER.id}"]`),
      timeline(page).locator(`[data-label-for="${LETTER.id}"]`),
    ];
    for (const [k, locator] of open.entries()) {
      const r = (await locator.boundingBox())!;
      for (const [i, b] of boxes.entries()) {
        const meet =
          b.left < r.x + r.width && r.x < b.right && b.top < r.y + r.height && r.y < b.bottom;
        expect(meet, `tag ${i} covers ${k === 0 ? 'the open mark' : 'its label'}`).toBe(false);
      }
    }
  });
});
