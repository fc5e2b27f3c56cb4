/**
 * A generated record of 10,000 events (`npm run e2e:data`, run by `npm test` before the build):
 * it opens by link and filters like the flagship.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { typeItem } from './filters';

const ID = 'stress-10k';
const events = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'data', ID, 'events.json'), 'utf8'),
  ) as { events: Array<{ type: string }> }
).events;
const vetoes = events.filter((e) => e.type === 'veto').length;

test.describe('a generated record of 10,000 events', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('opens with ?dataset= and a type filter narrows the count', async ({ page }) => {
    expect(events).toHaveLength(10_000);
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/10,000 events/);
    const status = page.getByRole('status').filter({ hasText: /events$/ });
    await expect(status).toHaveText('10000 events');
    await typeItem(page, 'Veto').check();
    await expect(status).toHaveText(`${vetoes} of 10000 events`);
    await expect(page).toHaveURL(/types=veto/);
  });
});
