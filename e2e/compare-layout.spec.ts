/**
 * The date comparison fits its panel at every width: nothing scrolls sideways or is cut off, on a
 * phone the dimensions stack as blocks, and the table keeps its rows, headers and cells for a
 * screen reader whichever way it is laid out.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DIMENSIONS, longDate } from './flagship';

// The longest comparison of the record: every shift of every dimension, with its rationale.
const A = '2023-11-01';
const B = '2024-11-30';

// One axe pass over the whole page takes 8–15 s on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

/** px each element is wider than the box it shows its content in (≤ 0: nothing to scroll). */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('section.compare')!;
    const out: Record<string, number> = {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
    for (const el of [region, ...region.querySelectorAll('*')]) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      // Only what could scroll or clip: not overflow that shows, nor a 1 px visually hidden text.
      if ((style.overflowX === 'visible' && el !== region) || el.clientWidth <= 1) continue;
      const over = el.scrollWidth - el.clientWidth;
      if (over > 0) out[`${el.tagName.toLowerCase()}.${el.className}`] = over;
    }
    return out;
  });
}

for (const width of [390, 1024, 1440]) {
  test(`at ${width} px the comparison fits its panel, nothing sideways; axe passes`, async ({
    page,
    axe,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./?compare=${A}..${B}`);
    const region = page.getByRole('region', { name: 'Compare two dates' });
    const table = region.getByRole('table');
    await expect(table.getByRole('rowheader')).toHaveCount(DIMENSIONS.length);

    expect(await sidewaysOverflow(page)).toEqual({ page: 0 });
    const sizes = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      table: el.querySelector('table')!.getBoundingClientRect().right,
      right: el.getBoundingClientRect().right,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(sizes.table).toBeLessThanOrEqual(sizes.right);
    // Every event title in the comparison is inside the panel, none cut at its edge.
    const buttons = await region
      .getByRole('table')
      .getByRole('button')
      .evaluateAll(
        (els, right) => els.filter((e) => e.getBoundingClientRect().right > right).length,
        sizes.right,
      );
    expect(buttons).toBe(0);

    // The table's structure survives the layout: column headers and one cell per column.
    await expect(table.getByRole('columnheader')).toHaveText([
      'Dimension',
      longDate(A),
      longDate(B),
      'What moved it in between',
    ]);
    const first = table.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText(DIMENSIONS[0]!.name);
    await expect(first.getByRole('cell')).toHaveCount(3);
    expect(await axe()).toEqual([]);
  });
}
