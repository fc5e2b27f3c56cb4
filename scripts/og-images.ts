/**
 * The preview pages' pictures (`og:image`): one PNG per event of the curated datasets, its
 * neighbourhood of the timeline (src/export/og-image.ts), rasterised with resvg and the machine's
 * fonts (Liberation Sans; CI installs fonts-liberation). Per event rather than per dataset: a
 * chat shows the event in its context. `npm run build` runs this after `vite build`, outside the
 * Vite config's module graph; generated records get no pictures (nor, unless asked, pages).
 * Rasterising is most of the cost (60–100 ms a picture on a 2-core machine); the log line
 * says how long it took.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { StanceEvent } from '../src/domain/schema';
import type { Dataset } from '../src/domain/validate';
import { eventImageSvg } from '../src/export/og-image.ts';
import { validateDatasetTexts } from '../src/domain/validate.ts';
import { readDatasetIndexes } from './dataset-index.ts';
import { previewPage } from './preview-pages.ts';

const LIBERATION_DIR = '/usr/share/fonts/truetype/liberation';
/** Debian's (and CI's) Liberation Sans files; elsewhere the system's fonts are searched. */
const LIBERATION = ['Regular', 'Bold', 'Italic']
  .map((style) => `${LIBERATION_DIR}/LiberationSans-${style}.ttf`)
  .filter((file) => existsSync(file));

/** The SVG as PNG pixels, at its own size. */
export function svgToPngBuffer(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    // Only the one family the pictures use: scanning every installed font costs more than the
    // drawing. Any other family named falls back to it.
    font: {
      loadSystemFonts: LIBERATION.length === 0,
      fontFiles: LIBERATION,
      defaultFontFamily: 'Liberation Sans',
    },
  });
  return resvg.render().asPng();
}

/** The event's picture, as the file the build writes beside its preview page. */
export function eventImagePng(dataset: Dataset, event: StanceEvent): Buffer {
  return svgToPngBuffer(eventImageSvg(dataset, event));
}

/**
 * Writes `<dist>/e/…/<event>.png` for every event of the curated datasets (the preview pages
 * name them); generated datasets get none. Returns how many, and the ms it took.
 */
export function writeEventImages(dataDir: string, dist: string): { count: number; ms: number } {
  const started = performance.now();
  const { committed } = readDatasetIndexes(dataDir);
  let count = 0;
  committed.forEach(({ id }, i) => {
    const read = (f: string) => readFileSync(join(dataDir, id, f), 'utf8');
    const result = validateDatasetTexts({
      'dataset.json': read('dataset.json'),
      'actors.json': read('actors.json'),
      'events.json': read('events.json'),
    });
    if (!result.ok) throw new Error(`data/${id} is invalid; run \`npm run validate\``);
    for (const event of result.dataset.events) {
      const { imageFileName } = previewPage(result.dataset.meta, event, i === 0, undefined, true);
      if (!imageFileName) continue;
      const file = join(dist, imageFileName);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, eventImagePng(result.dataset, event));
      count++;
    }
  });
  return { count, ms: performance.now() - started };
}

function main(): void {
  const dataDir = resolve(import.meta.dirname, '..', 'data');
  const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
  const { count, ms } = writeEventImages(dataDir, dist);
  const each = count > 0 ? `, ${Math.round(ms / count)} ms each` : '';
  console.log(
    `og-images: ${count} pictures in ${relative(process.cwd(), dist)}/e/ (${(ms / 1000).toFixed(1)} s${each})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) main();
