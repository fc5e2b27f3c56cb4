import { expect, test } from './fixtures';

test.describe('loading a dataset', () => {
  test('shows the flagship title, its description and the event count', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
    await expect(page).toHaveTitle(/U\.S\. stance.*Stanceline/);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /events$/ })
        .first(),
    ).toHaveText(/^[\d,]+ (of [\d,]+ )?events$/);
  });

  test('a broken dataset shows the validator message instead of a blank page', async ({ page }) => {
    await page.route('**/data/us-stance-gaza/events.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { events: Array<Record<string, unknown>> };
      const first = json.events[0];
      if (first) first.date = '2024-02-30';
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded');
    await expect(alert).toContainText('"2024-02-30" is not a real calendar date');
    await expect(alert).toContainText('events.json');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('malformed JSON and a failed fetch each get their own message', async ({ page }) => {
    await page.route('**/data/us-stance-gaza/actors.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"groups": [' }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('actors.json: is not valid JSON');

    await page.unroute('**/data/us-stance-gaza/actors.json');
    await page.route('**/data/us-stance-gaza/actors.json', (route) =>
      route.fulfill({ status: 404 }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'data/us-stance-gaza/actors.json was not found on the server (HTTP 404)',
    );
  });

  test('the loaded page has no axe violations', async ({ page, axe }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axe()).toEqual([]);
  });
});
