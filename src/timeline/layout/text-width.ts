/**
 * How wide a label's text is and where it is cut, without a canvas or the DOM: the lane layout
 * reserves room for key events' labels with these before the first marks are drawn, and the
 * label placer (labels.ts) places them with the same numbers later.
 */
/**
 * Character widths in em, chosen at or above the widest common UI sans-serif (Helvetica/Arial
 * regular and bold, Inter, Segoe UI, Roboto) for each class. Over-estimating is the point: a
 * label a few px too wide only costs a little packing; one too narrow draws over its neighbour.
 */
const WIDE = /[MWmw@%—…]/; // Helvetica W 0.94, M 0.83, @ 1.02; bold m 0.89
const NARROW = /[ijlI.,'|\u00b7‘’‚]/; // Helvetica i/l/j 0.22, I/./, 0.28; bold i 0.28
const SEMI_NARROW = /[ frt()[\]{}\-/\\:;!`]/; // space, f, t 0.28; r, (, -, bold :;! 0.33; Inter r 0.39
const BASIC = /[a-z0-9$+<>=?^_~*–#"“”„]/; // Helvetica 0.5–0.58, bold up to 0.61, Inter about 0.6
const UPPER = /[A-Z&]/; // at most 0.78 (O, Q, G) in Helvetica and Inter
/** CJK, Hangul, full-width forms and emoji are about 1 em; 1.1 covers emoji wider than that. */
const FULL_WIDTH =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
/** Nonspacing marks (variation selectors too), enclosing marks, format controls (ZWJ, LRM). */
const ZERO_WIDTH = /\p{Mn}|\p{Me}|\p{Cf}/u;

function charEm(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  if (WIDE.test(ch)) return 1.05;
  if (NARROW.test(ch)) return 0.32;
  if (SEMI_NARROW.test(ch)) return 0.42;
  if (BASIC.test(ch)) return 0.64;
  if (UPPER.test(ch)) return 0.82;
  if (FULL_WIDTH.test(ch)) return 1.1;
  // An accented Latin letter is as wide as its base letter ("é" as "e").
  const base = ch.normalize('NFD');
  if (base !== ch && base.charCodeAt(0) < 128) return charEm(base.charAt(0));
  // Anything else (accented Latin, Greek, Cyrillic, Arabic, symbols): as wide as a capital.
  return 0.82;
}

/** ASCII widths looked up, not matched: 10k titles are half a million characters. */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) =>
  code < 32 ? 0 : charEm(String.fromCharCode(code)),
);

/**
 * A cheap width for `text` at `fontSizePx`, by character class: an over-estimate for common
 * sans-serif UI fonts (regular or bold), so labels placed with it do not overlap once drawn.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    em += code < 128 ? ASCII_EM[code]! : charEm(ch);
  }
  return em * fontSizePx;
}

// Grapheme segmentation keeps "é" written as e + ◌́, flags and emoji sequences whole.
let segmenter: Intl.Segmenter | undefined;

/**
 * Whether every character of `text` is its own grapheme for certain: printable ASCII and tabs
 * or newlines other than CR (CR LF is one grapheme). Most titles are; they are cut by slicing,
 * without a segmenter, which the lane layout would otherwise run over every key event's title.
 */
function oneUnitPerGrapheme(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 127 || c === 13) return false;
  }
  return true;
}

/**
 * Where `text` is cut to keep `limit - 1` graphemes (in UTF-16 units), or null when it has no
 * more than `limit` and is kept whole. One pass, stopping after `limit + 1` graphemes: a long
 * title is never segmented to its end.
 */
function cutAt(text: string, limit: number): number | null {
  if (oneUnitPerGrapheme(text)) return text.length > limit ? limit - 1 : null;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let cut = 0;
  let seen = 0;
  for (const { index } of segmenter.segment(text)) {
    if (seen === limit - 1) cut = index;
    if (seen === limit) return cut;
    seen += 1;
  }
  return null;
}

/**
 * `text` cut to at most `maxChars` characters (graphemes), ending in "…" when cut. Trailing
 * spaces and punctuation before the ellipsis are dropped ("Blinken in…" not "Blinken in …").
 */
export function truncateLabel(text: string, maxChars: number): string {
  const limit = Math.floor(maxChars);
  if (!(limit > 0)) return '';
  // Fast path: a string no longer in UTF-16 units than the limit has no more graphemes.
  if (text.length <= limit) return text;
  const cut = cutAt(text, limit);
  if (cut === null) return text;
  const kept = text.slice(0, cut).replace(/[\s.,;:–—-]+$/u, '');
  return `${kept}…`;
}
