/**
 * The font files an exported SVG embeds: Arimo (SIL Open Font License 1.1), metrically the same
 * as the page's Liberation Sans, in the weights and styles the image uses. Latin always; Latin
 * Extended only when the image's text needs it (a source's accented name), since it is four
 * times larger. Fetched from this site when an image is made, never at start-up.
 */
import latin400 from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url';
import latin700 from '@fontsource/arimo/files/arimo-latin-700-normal.woff2?url';
import latin400i from '@fontsource/arimo/files/arimo-latin-400-italic.woff2?url';
import ext400 from '@fontsource/arimo/files/arimo-latin-ext-400-normal.woff2?url';
import ext700 from '@fontsource/arimo/files/arimo-latin-ext-700-normal.woff2?url';
import ext400i from '@fontsource/arimo/files/arimo-latin-ext-400-italic.woff2?url';
import type { SvgFont } from './chart-svg';
import { fontFilesFor, type FontFile } from './font-files';

// The image uses no bold italic.
const URLS: Partial<Record<FontFile['file'], string>> = {
  'latin-400-normal': latin400,
  'latin-700-normal': latin700,
  'latin-400-italic': latin400i,
  'latin-ext-400-normal': ext400,
  'latin-ext-700-normal': ext700,
  'latin-ext-400-italic': ext400i,
};

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the stack on a 60 kB file.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:font/woff2;base64,${btoa(binary)}`;
}

/**
 * The fonts for an image whose text is `text`. Where a file cannot be fetched (offline, before
 * the files were cached) the image names the font stack only, and says so through `missing`.
 */
export async function loadExportFonts(
  text: string,
): Promise<{ fonts: SvgFont[]; missing: boolean }> {
  const files = fontFilesFor(text).filter((f) => URLS[f.file]);
  const results = await Promise.allSettled(files.map((f) => dataUrl(URLS[f.file]!)));
  const fonts: SvgFont[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') fonts.push({ ...files[i]!.face, url: r.value });
  });
  return { fonts, missing: fonts.length < files.length };
}
