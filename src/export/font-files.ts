/**
 * Which of Arimo's files an image's text needs. The ranges are those the font package declares
 * for its Latin and Latin Extended subsets.
 */
import type { SvgFont } from './chart-svg';

export interface FontFile {
  file: `${'latin' | 'latin-ext'}-${400 | 700}-${'normal' | 'italic'}`;
  face: Omit<SvgFont, 'url'>;
}

export const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
export const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

function parseRanges(ranges: string): Array<[number, number]> {
  return ranges.split(',').map((r) => {
    const [a, b] = r.replace('U+', '').split('-');
    const lo = Number.parseInt(a!, 16);
    return [lo, b ? Number.parseInt(b, 16) : lo];
  });
}

const LATIN = parseRanges(LATIN_RANGE);
const EXT = parseRanges(LATIN_EXT_RANGE);
const inRanges = (code: number, ranges: Array<[number, number]>) =>
  ranges.some(([lo, hi]) => code >= lo && code <= hi);

/** True when some character of `text` is in Latin Extended and not in Latin. */
export function needsLatinExt(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!inRanges(code, LATIN) && inRanges(code, EXT)) return true;
  }
  return false;
}

export function fontFilesFor(text: string): FontFile[] {
  const face = (
    subset: 'latin' | 'latin-ext',
    weight: 400 | 700,
    style: 'normal' | 'italic',
  ): FontFile => ({
    file: `${subset}-${weight}-${style}`,
    face: {
      family: 'Arimo',
      weight,
      style,
      unicodeRange: subset === 'latin' ? LATIN_RANGE : LATIN_EXT_RANGE,
    },
  });
  const files = [
    face('latin', 400, 'normal'),
    face('latin', 700, 'normal'),
    face('latin', 400, 'italic'),
  ];
  if (needsLatinExt(text)) {
    files.push(
      face('latin-ext', 400, 'normal'),
      face('latin-ext', 700, 'normal'),
      face('latin-ext', 400, 'italic'),
    );
  }
  return files;
}
