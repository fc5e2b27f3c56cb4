/**
 * Stance tracks that read alone: each track gives its level scale (the level names beside their
 * lines, or above the track on a phone), a key to its markers, and the level in force when the
 * window ends, at 1440, 1024 and 390 px. The expected levels are worked out here from the data.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DIMENSIONS, EVENTS } from './flagship';

const FROM = '2024-03-01';
const TO = '2024-04-15';
const TO_TEXT = '15 April 2024';

const track = (page: Page, name: string) =>
  page.getByRole('group', { name: `Stance track: ${name}` });

/** A dimension's level label in force at the end of `day`: its last shift on or before it. */
function levelOn(dimensionId: string, day: string): string | null {
  const dimension = DIMENSIONS.find((d) => d.id === dimensionId)!;
  const shifts = EVENTS.filter((e) => e.date <= day)
    .flatMap((e) => (e.shifts ?? []).map((s) => ({ date: e.date, ...s })))
    .filter((s) => s.dimension === dimensionId)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = shifts.at(-1);
  if (!last) return null;
  // Two shifts of one dimension on the window's last day would need the app's own order.
  expect(shifts.filter((s) => s.date === last.date && s.level !== last.level)).toEqual([]);
  return dimension.levels.find((l) => l.value === last.level)!.label;
}

for (const width of [1440, 1024, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('each track gives its level scale and the level in force when the window ends', async ({
      page,
    }) => {
      // A phone reads top to bottom by default; the tracks belong to the horizontal chart.
      await page.goto(`./?from=${FROM}&to=${TO}${width < 640 ? '&orient=horizontal' : ''}`);
      await expect(page.getByRole('group', { name: /^Stance track: / })).toHaveCount(
        DIMENSIONS.length,
      );
      for (const dimension of DIMENSIONS) {
        const scale = track(page, dimension.name).getByRole('list', {
          name: `Levels of ${dimension.name}, lowest first`,
        });
        await expect(scale).toBeVisible();
        await expect(scale.getByRole('listitem')).toHaveText(dimension.levels.map((l) => l.label));
        const expected = levelOn(dimension.id, TO);
        await expect(track(page, dimension.name)).toContainText(
          expected ? `On ${TO_TEXT}: ${expected}` : `No level yet on ${TO_TEXT}`,
        );
      }
      // The scale's names stand beside their lines, in order from the top: highest first.
      if (width >= 640) {
        const dimension = DIMENSIONS[0]!;
        const tops = await track(page, dimension.name)
          .getByRole('listitem')
          .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
        expect(tops).toEqual([...tops].sort((a, b) => b - a));
      }

      const key = page.getByRole('list', { name: 'Stance track key' });
      await expect(key.getByRole('listitem').filter({ hasText: 'Level rose' })).toBeVisible();
      await expect(
        key.getByRole('listitem').filter({ hasText: 'Level fell, or the first level on record' }),
      ).toBeVisible();
      await expect(
        key.getByRole('listitem').filter({ hasText: 'An event at the level already in force' }),
      ).toContainText('Conditions on arms for Israel');
    });
  });
}

test('the level named at the right follows the window when it moves', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./?from=2023-10-01&to=2023-11-30`);
  const dimension = DIMENSIONS[0]!;
  const before = levelOn(dimension.id, '2023-11-30');
  await expect(track(page, dimension.name)).toContainText(
    before ? `On 30 November 2023: ${before}` : 'No level yet on 30 November 2023',
  );
  await page.goto(`./?from=2024-10-01&to=2024-11-30`);
  const after = levelOn(dimension.id, '2024-11-30')!;
  expect(after).not.toBe(before);
  await expect(track(page, dimension.name)).toContainText(`On 30 November 2024: ${after}`);
});

test.describe('axe on the stance tracks', () => {
  // One axe pass over the whole chart takes 8–15 s on a busy two-core machine.
  test.describe.configure({ timeout: 60_000 });
  test.use({ viewport: { width: 390, height: 844 } });

  test('finds no violations on a phone reading the horizontal chart', async ({ page, axe }) => {
    await page.goto('./?orient=horizontal');
    await expect(page.getByRole('list', { name: 'Stance track key' })).toBeVisible();
    expect(await axe()).toEqual([]);
  });
});
