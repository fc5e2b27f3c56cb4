/**
 * The preview pages' pictures (`og:image`): one PNG per event, its neighbourhood of the
 * timeline (src/export/og-image.ts), rasterised at build with resvg and the machine's fonts
 * (Liberation Sans; CI installs fonts-liberation). Per event rather than per dataset: a chat
 * shows the event in its context. Written only where preview pages are, so generated records of
 * 100,000 events get neither.
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { StanceEvent } from '../src/domain/schema';
import type { Dataset } from '../src/domain/validate';
import { eventImageSvg } from '../src/export/og-image.ts';

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
