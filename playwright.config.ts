import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else Debian's /usr/lib/chromium/chromium when
 * it exists, else Playwright's own download (`npx playwright install chromium`).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const debian = '/usr/lib/chromium/chromium';
  return existsSync(debian) ? debian : undefined;
}

const executablePath = chromiumPath();
// E2E_PORT and E2E_DIST let a second build be tested beside a running one.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // e2e/visual.spec.ts: a little antialiasing noise is tolerated, a moved label is not.
    toHaveScreenshot: {
      maxDiffPixelRatio: 0.002,
      threshold: 0.2,
      animations: 'disabled',
      caret: 'hide',
    },
  },
  // One folder per Chromium major version (the spec names it), the same on every platform.
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  use: {
    // Dates follow the reader's locale; the tests read as a British reader unless they say
    // otherwise (test.use({ locale })), so expected dates are written one way.
    locale: 'en-GB',
    baseURL: `http://127.0.0.1:${port}/`,
    // Recording a trace for every test costs a snapshot per action; keep it for the retry.
    trace: 'on-first-retry',
    video: 'off',
    screenshot: 'only-on-failure',
    // page.route cannot see requests a service worker answers; only e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The e2e tests run against the production build, as users get it.
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
