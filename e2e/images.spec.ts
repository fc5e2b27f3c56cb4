/**
 * Images of the view: the Download menu's SVG and PNG. The files are read back: the SVG names
 * the dataset, links to the view and lists the first source of the events in it; the PNG decodes
 * at twice the chart's size.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHRONOLOGICAL, eventsBetween } from './flagship';

const TITLE = 'The U.S. stance on the Israel–Hamas war';
const FROM = '2024-03-01';
const TO = '2024-06-30';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

async function open(page: Page, query: string) {
  await page.goto(`./?${query}`);
  await expect(page.getByRole('region', { name: /^Timeline of/ })).toHaveAttribute(
    'data-painted',
    'true',
  );
}

async function download(page: Page, item: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name: item }).click(),
  ]);
  return { file, bytes: await readFile(await file.path()) };
}

test.describe('images of the view', () => {
  test('the SVG has the title, the dates, the link to the view and the first source', async ({
    page,
  }) => {
    await open(page, `from=${FROM}&to=${TO}`);
    const { file, bytes } = await download(page, /^SVG/);
    expect(file.suggestedFilename()).toMatch(/^us-stance-gaza-timeline-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toContain(`>${TITLE}</text>`);
    expect(svg).toContain('>1 Mar – 30 Jun 2024</text>');
    // The link may be broken over lines: joined, the footer holds the whole of it.
    const footer = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(footer).toContain(escapeXml(page.url()));
    const shown = new Set(eventsBetween(FROM, TO).map((e) => e.id));
    const first = CHRONOLOGICAL.find((e) => shown.has(e.id))!.sources[0]!;
    expect(svg).toContain(`>1. ${escapeXml(`${first.publisher}, “${first.title}`.slice(0, 30))}`);
    // Fonts travel with the file.
    expect(svg).toMatch(
      /@font-face\{font-family:'Arimo';font-weight:400;font-style:normal;src:url\(data:font\/woff2;base64,/,
    );
    // Marks are drawn from the scene: one per event or cluster in the window at least.
    expect((svg.match(/<use /g) ?? []).length).toBeGreaterThan(5);
  });

  test('the PNG decodes at twice the chart’s size', async ({ page }) => {
    await open(page, `from=${FROM}&to=${TO}`);
    const chartWidth = await page.locator('.timeline .chart').evaluate((el) => el.clientWidth);
    const { file, bytes } = await download(page, /^PNG/);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const size = await page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], {
        type: 'image/png',
      });
      const bitmap = await createImageBitmap(blob);
      return { width: bitmap.width, height: bitmap.height };
    }, bytes.toString('base64'));
    expect(size.width).toBe(2 * chartWidth);
    // As tall as the SVG of the same view, twice over.
    const svg = (await download(page, /^SVG/)).bytes.toString('utf8');
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    expect(size.height).toBe(2 * height);
  });
});
