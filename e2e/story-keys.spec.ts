/**
 * ← and → step through a story from the moment its link opens, also before the story's panel
 * (loaded on demand) has arrived: keys pressed while it is on its way are not lost.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const STORY = (
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'data', 'us-stance-gaza', 'dataset.json'),
      'utf8',
    ),
  ) as { stories: Array<{ id: string; title: string; steps: Array<{ caption: string }> }> }
).stories[0]!;

test('→ pressed before the story panel has loaded steps the story', async ({ page }) => {
  // Hold the story panel's code until the keys have been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/story-panel-[^/]*\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto(`./?story=${STORY.id}&step=2`);
  await expect.poll(() => asked).toBe(true);
  const region = page.getByRole('region', { name: /Story/ });
  await expect(region).toHaveCount(0);

  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await page.locator('body').press('ArrowRight');
  await page.locator('body').press('ArrowLeft');
  await page.locator('body').press('ArrowLeft');
  await page.locator('body').press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]step=1(&|$)/);

  release();
  await expect(region.getByText(`Step 1 of ${STORY.steps.length}`)).toBeVisible();
  await expect(region.getByText(STORY.steps[0]!.caption)).toBeVisible();
  // Once it is there, the keys still step, once per press.
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(/[?&]step=2(&|$)/);
  await expect(region.getByText(STORY.steps[1]!.caption)).toBeVisible();
});
