/**
 * Labels never cover a mark: at the default view, a narrower window, a window with a
 * month-precision band, zoomed in and with the details open, no label's box (as drawn) meets the
 * box of any other drawn mark (`data-box` on the mark buttons, in plot px), and no label runs
 * under the details drawer.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Reading {
  labels: Array<{ id: string; text: string; box: Box }>;
  marks: Array<{ id: string; name: string; box: Box }>;
  drawer: Box | null;
}

/** Labels' and marks' boxes in viewport px, and the drawer's when it is open. */
const read = (page: Page): Promise<Reading> =>
  timeline(page).evaluate((region) => {
    const plot = region.querySelector('.plot')!.getBoundingClientRect();
    const rect = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
    const labels = [...region.querySelectorAll<HTMLElement>('[data-label-for]')].map((l) => ({
      id: l.dataset.labelFor ?? '',
      text: l.textContent ?? '',
      box: rect(l.getBoundingClientRect()),
    }));
    const marks = [...region.querySelectorAll<HTMLElement>('.mark-button[data-box]')].map((b) => {
      const [x0, y0, x1, y1] = (b.dataset.box ?? '').split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return {
        id: b.dataset.eventId ?? b.getAttribute('aria-label') ?? '',
        name: b.getAttribute('aria-label') ?? '',
        box: { x0: plot.left + x0, y0: plot.top + y0, x1: plot.left + x1, y1: plot.top + y1 },
      };
    });
    const aside = document.querySelector('aside.details');
    return { labels, marks, drawer: aside ? rect(aside.getBoundingClientRect()) : null };
  });

/** True when the boxes share more than a hundredth of a px each way. */
const meet = (a: Box, b: Box) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.01 &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.01;

/** "label × mark" for each label that covers another mark, and each one under the drawer. */
function covered({ labels, marks, drawer }: Reading): string[] {
  const out: string[] = [];
  for (const l of labels) {
    for (const m of marks) {
      if (m.id !== l.id && meet(l.box, m.box)) out.push(`${l.text} × ${m.name}`);
    }
    if (drawer && meet(l.box, drawer)) out.push(`${l.text} × the details drawer`);
  }
  return out;
}

const VIEWS = [
  { width: 1440, link: '' },
  { width: 1024, link: '' },
  { width: 1440, link: '?from=2023-12-15&to=2024-03-15' },
  { width: 1024, link: '?from=2023-12-15&to=2024-03-15' },
  { width: 1440, link: '?from=2024-03-01&to=2024-04-15' },
  { width: 1440, link: '?event=us-vetoes-brazil-draft' },
  { width: 1024, link: '?event=us-vetoes-algeria-ceasefire-draft' },
  { width: 1440, link: '?from=2023-12-15&to=2024-03-15&event=us-vetoes-algeria-ceasefire-draft' },
];

for (const { width, link } of VIEWS) {
  test.describe(`at ${width} px${link ? ` (${link})` : ''}`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no label covers a mark or runs under the drawer', async ({ page }) => {
      await page.goto(`./${link}`);
      if (link.includes('event=')) await expect(details(page)).toBeVisible();
      await settled(page);
      const reading = await read(page);
      const opened = /event=([^&]+)/.exec(link)?.[1];
      // Beside the drawer at 1024 px some 150 px of plot are in sight: the opened event's label
      // may be the only one.
      if (opened) expect(reading.labels.map((l) => l.id)).toContain(opened);
      else expect(reading.labels.length).toBeGreaterThan(5);
      expect(reading.marks.length).toBeGreaterThan(10);
      expect(covered(reading)).toEqual([]);
    });
  });
}

/** The box of the opened event's label, and of the drawer, in viewport px. */
async function openedLabel(page: Page, id: string): Promise<{ label: Box; drawer: Box }> {
  const label = timeline(page).locator(`[data-label-for="${id}"]`);
  await expect(label).toBeVisible();
  const r = (await label.boundingBox())!;
  const d = (await details(page).boundingBox())!;
  return {
    label: { x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height },
    drawer: { x0: d.x, y0: d.y, x1: d.x + d.width, y1: d.y + d.height },
  };
}

const KEY_EVENTS = [
  'us-vetoes-e10-ceasefire-draft',
  'un-resolution-2735',
  'us-vetoes-algeria-ceasefire-draft',
  'blinken-austin-30-day-letter',
];

for (const width of [1440, 1024]) {
  test.describe(`the opened event at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const how of ['click', 'Enter'] as const) {
      test(`is labelled in sight, clear of the drawer, opened by ${how}`, async ({ page }) => {
        await page.goto('./');
        await settled(page);
        for (const id of KEY_EVENTS) {
          // Each from the default view, so the mark is where a reader first sees it.
          await page.getByRole('button', { name: 'Reset zoom' }).click();
          await settled(page);
          const mark = timeline(page).locator(`[data-event-id="${id}"]`);
          if (how === 'click') await mark.click();
          else {
            await mark.focus();
            await page.keyboard.press('Enter');
          }
          await expect(page).toHaveURL(new RegExp(`event=${id}`));
          await expect(details(page)).toBeVisible();
          await settled(page);
          const { label, drawer } = await openedLabel(page, id);
          expect(meet(label, drawer), `${id}: label under the drawer`).toBe(false);
          expect(label.x0).toBeGreaterThanOrEqual(0);
          expect(label.x1).toBeLessThanOrEqual(width);
          expect(covered(await read(page))).toEqual([]);
          await details(page).getByRole('button', { name: 'Close details' }).click();
          await expect(details(page)).toBeHidden();
        }
      });
    }
  });
}
