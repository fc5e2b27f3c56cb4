/**
 * The preview pages' pictures (`og:image`), as a chat app's link unfurler meets them: the page
 * names its picture, the picture is served as a PNG that decodes at 1200 × 630, and the build
 * holds one for every curated event and none for a generated record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { EVENTS, eventById, longDate } from './flagship';

const DIST = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
const EVENT = eventById('un-resolution-2728');

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];

test('an event’s preview page names its picture, a 1200 × 630 PNG that decodes', async ({
  page,
  request,
  baseURL,
}) => {
  const pageUrl = new URL(`e/${EVENT.id}.html`, baseURL);
  const response = await request.get(pageUrl.href);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'og:image:width')).toBe('1200');
  expect(meta(html, 'og:image:height')).toBe('630');
  expect(meta(html, 'og:image:alt')).toContain(longDate(EVENT.date));
  // A description a chat shows whole: the date, then the summary's first sentences.
  const description = meta(html, 'og:description')!.replace(/&[#\w]+;/g, '_');
  expect(description.startsWith(`${longDate(EVENT.date)}. `)).toBe(true);
  expect(description.length).toBeLessThanOrEqual(300);
  expect(description).toMatch(/[.…]$/);
  // Without STANCELINE_SITE_URL the build cannot know its address: the picture is named
  // relative to the page, as unfurlers resolve it.
  const image = new URL(meta(html, 'og:image')!, pageUrl);
  expect(image.pathname).toMatch(new RegExp(`/e/${EVENT.id}\\.png$`));
  expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));

  const png = await request.get(image.href);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  await page.goto('./');
  const size = await page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], {
      type: 'image/png',
    });
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
  expect(size).toEqual({ width: 1200, height: 630 });
});

test('the build has a picture for every curated event and none for a generated record', () => {
  // `npm test` generates a record of 10,000 events before the build (`npm run e2e:data`).
  const index = JSON.parse(readFileSync(join(DIST, 'data', 'datasets.json'), 'utf8')) as {
    datasets: { id: string }[];
  };
  expect(index.datasets.map((d) => d.id)).toContain('stress-10k');
  const dir = join(DIST, 'e');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  expect(pages).toHaveLength(EVENTS.length);
  for (const file of pages) {
    const image = meta(readFileSync(join(dir, file), 'utf8'), 'og:image');
    expect(image, file).toBe(file.replace(/\.html$/, '.png'));
    expect(existsSync(join(dir, image!)), image).toBe(true);
  }
  const pictures = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.png'),
  );
  expect(pictures).toHaveLength(EVENTS.length);
});
