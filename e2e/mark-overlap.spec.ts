/**
 * No two marks drawn on the chart overlap, at a phone's width (the chart read left to right) to
 * a desktop's, with the details open or not: the boxes of what is drawn (`data-box` on the mark
 * buttons, in plot px) never intersect, so a key event never sits on a cluster's bubble.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

interface Drawn {
  name: string;
  box: [number, number, number, number];
}

/** Every drawn item's name and box, read from the accessible layer over the canvas. */
const drawn = (page: Page): Promise<Drawn[]> =>
  marks(page)
    .locator('.mark-button')
    .evaluateAll((buttons) =>
      buttons.map((b) => ({
        name: b.getAttribute('aria-label') ?? '',
        box: (b.getAttribute('data-box') ?? '').split(' ').map(Number) as [
          number,
          number,
          number,
          number,
        ],
      })),
    );

/** Pairs whose boxes overlap by more than a hundredth of a px, named. */
function overlapping(items: readonly Drawn[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      const w = Math.min(a.box[2], b.box[2]) - Math.max(a.box[0], b.box[0]);
      const h = Math.min(a.box[3], b.box[3]) - Math.max(a.box[1], b.box[1]);
      if (w > 0.01 && h > 0.01) out.push(`${a.name} × ${b.name}`);
    }
  }
  return out;
}

const VIEWS = [
  { width: 320, link: '?orient=horizontal' },
  { width: 390, link: '?orient=horizontal' },
  { width: 1024, link: '' },
  { width: 1440, link: '' },
  { width: 1024, link: '?event=us-vetoes-brazil-draft' },
  { width: 1440, link: '?event=us-vetoes-brazil-draft' },
];

for (const { width, link } of VIEWS) {
  test.describe(`at ${width} px${link ? ` (${link})` : ''}`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('no two drawn marks overlap, zoomed out or in', async ({ page }) => {
      await page.goto(`./${link}`);
      await settled(page);
      const items = await drawn(page);
      expect(items.length).toBeGreaterThan(10);
      expect(items.every((i) => i.box.length === 4 && i.box.every(Number.isFinite))).toBe(true);
      expect(overlapping(items)).toEqual([]);
      // Two steps in: the marks spread and clusters split; still nothing on top of anything.
      await expect(timeline(page)).toHaveAttribute('data-zoom-scale', '1');
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await expect(timeline(page)).toHaveAttribute('data-zoom-scale', '4');
      await settled(page);
      // The buttons follow the settled view: wait for them to move before reading them.
      await expect.poll(() => drawn(page)).not.toEqual(items);
      expect(overlapping(await drawn(page))).toEqual([]);
    });
  });
}
