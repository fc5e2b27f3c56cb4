import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Error reports stay short at any size: twenty problems, then "and N more problems"; every
 * quoted value cut to 120 characters with its length. The header keeps working.
 */

const EVENTS = '**/data/us-stance-gaza/events.json';
type Json = Record<string, unknown>;

async function rewriteEvents(page: Page, change: (events: Json[]) => Json[]) {
  await page.route(EVENTS, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { events: Json[] };
    await route.fulfill({ response, json: { ...json, events: change(json.events) } });
  });
}

async function expectShortPanel(page: Page, timeout?: number) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded', {
    timeout,
  });
  const length = await alert.evaluate((el) => el.textContent?.length ?? 0);
  expect(length).toBeLessThan(12_000);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The header still works while the error is shown.
  const theme = page.getByRole('button', { name: 'Dark theme' });
  await theme.click();
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  return alert;
}

test('a 10 MB value is quoted as its first 120 characters and its length', async ({ page }) => {
  const huge = `javascript:${'a'.repeat(10 * 1024 * 1024)}`;
  await rewriteEvents(page, (events) => {
    const first = events[0] as { sources: Json[] };
    first.sources[0] = { ...first.sources[0], url: huge };
    return events;
  });
  await page.goto('./');
  // 10 MB through the route and the validator takes seconds on a busy machine.
  const alert = await expectShortPanel(page, 60_000);
  await expect(alert).toContainText(
    `"javascript:${'a'.repeat(109)}…" (10,485,771 characters) is not an http(s) URL`,
  );
});

test('100,000 invalid events list twenty problems and count the rest', async ({ page }) => {
  test.slow(); // 25 MB of JSON through the validator on a shared 2-core machine
  await rewriteEvents(page, (events) => {
    const { actors, summary } = events[0] as { actors: Json[]; summary: unknown };
    // The smallest event the schema accepts, on a day that does not exist: one problem each.
    // The summary takes the file's own form: a string (v1) or cited sentences (v2).
    const sentence = 'A day that does not exist.';
    const template = {
      date: '2024-02-30',
      type: 'statement',
      title: 'Bad date',
      summary: typeof summary === 'string' ? sentence : [{ text: sentence, cite: ['s'] }],
      significance: 1,
      actors: actors.slice(0, 1),
      sources: [
        { id: 's', publisher: 'P', title: 'T', url: 'https://example.org/', kind: 'press' },
      ],
    };
    return Array.from({ length: 100_000 }, (_, i) => ({ id: `bad-${i}`, ...template }));
  });
  // The flagship's stories name its own events, which this file no longer has: one problem each.
  await page.route('**/data/us-stance-gaza/dataset.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Json;
    delete json.stories;
    await route.fulfill({ response, json });
  });
  await page.goto('./');
  // Parsing and validating 25 MB takes seconds on a busy machine; the panel is the state awaited.
  const alert = await expectShortPanel(page, 60_000);
  await expect(alert).toContainText(
    'The validator found 100,000 problems; the first 20 are listed',
  );
  const problems = alert.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  await expect(problems).toHaveCount(20);
  await expect(problems.first()).toHaveText(
    'events.json › bad-0 › events[0].date: "2024-02-30" is not a real calendar date — hint: check the day exists in that month',
  );
  await expect(alert).toContainText('…and 99,980 more problems.');
});
