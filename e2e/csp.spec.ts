/**
 * The strict Content-Security-Policy: shipped as a meta tag in the built page and as a header by
 * `vite preview`, and never violated while a reader uses every feature.
 */
import type { Page } from '@playwright/test';
import { CSP_HEADER, CSP_META } from '../scripts/csp.ts';
import { expect, test } from './fixtures';
import { findActor } from './filters';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Collects every `securitypolicyviolation` the page fires, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
}

test('the built page carries the policy as a meta tag, and preview sends it as a header', async ({
  page,
}) => {
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CSP_META,
  );
  expect(CSP_META).not.toContain('frame-ancestors');
  expect(CSP_HEADER).toContain("script-src 'self';");
  expect(CSP_HEADER).not.toMatch(/unsafe-(inline|eval)/);
});

test('no violation while loading, filtering, zooming, opening details, the list, search, theme and dialogs', async ({
  page,
}) => {
  test.slow();
  const violations = await recordViolations(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  const count = page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events$/ });

  // Filter by an actor and an event type, then clear.
  await (await findActor(page, 'Russia')).check();
  await expect(count).toHaveText(/ of /);
  await page.getByRole('button', { name: /^Clear all/ }).click();
  await expect(count).not.toHaveText(/ of /);

  // Zoom in and out.
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  const windowLabel = timeline.getByText(/^Showing /);
  const before = await windowLabel.textContent();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(windowLabel).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();

  // Open an event's details: vote table, quotes, sources.
  await timeline.getByRole('button', { name: /Russia and China veto.*22 March 2024/ }).click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('region', { name: 'Sources' })).toBeVisible();
  await details.getByRole('button', { name: /Close/ }).first().click();

  // Search, then the list view with highlighted matches.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('resolution');
  await search.press('Enter');
  await expect(count).toHaveText(/ of /);
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'List' }).click();
  await expect(page.getByRole('main').getByRole('table')).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();

  // Theme, the shortcuts dialog and the about section.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: /^Shortcuts/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Downloads (blob: URLs), the share menu, and embed mode.
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('menu', { name: 'Download' })
      .getByRole('menuitem', { name: /^CSV, all events/ })
      .click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('menu', { name: 'Share' })).toBeVisible();
  await page.keyboard.press('Escape');
  // A new document starts a new record: check this one's before leaving it.
  expect(await violations()).toEqual([]);
  await page.goto('./?embed=1');
  await expect(page.getByRole('link', { name: /Open in Stanceline/ })).toBeVisible();

  expect(await violations()).toEqual([]);
});
