/**
 * Full-text search over events, forgiving in the ways people type: case, accents ("zurich"
 * finds "Zürich") and typographic punctuation ("Guterres's" finds "Guterres’s", "-" finds "–")
 * do not matter. A query is whitespace-separated terms; an event matches when every term occurs
 * somewhere in what the screen shows of it (`search-text.ts` says what that is). Without the
 * dataset's names, an event is searched by its own title, summary, quotes and source titles.
 */
import type { StanceEvent } from '../domain/schema';
import { summaryText } from '../domain/summary';

const COMBINING_MARK = /\p{M}/gu;

// Folded to ASCII so that what a keyboard types matches what typesetting produced.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/**
 * Lower-cases, decomposes (NFD), strips combining marks and folds typographic quotes and dashes.
 *
 * Every step maps one code point on its own, with no look at its neighbours (final sigma, the one
 * context-sensitive lower-casing in JS, is folded to plain sigma), so normalizing a whole string
 * equals normalizing each code point and joining: `highlightRanges` relies on that to map
 * matches back to the original text.
 */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(/ς/g, 'σ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}

/** A query as normalized terms; no terms means no search. */
export function queryTerms(q: string): string[] {
  // No search, the usual case, without the Unicode regular expressions: the engine may have
  // dropped their compiled code since the last search, and compiling them again costs a filter
  // click several ms.
  if (q.trim() === '') return [];
  return normalizeText(q)
    .split(/\s+/)
    .filter((t) => t !== '');
}

type Searchable = Pick<StanceEvent, 'title' | 'summary' | 'quotes' | 'sources'>;

// Events are immutable data objects, and search runs on every keystroke over up to 100k of them:
// each event's normalized text is made once and kept, keyed weakly by the object, so dropped
// datasets are not kept alive. `setSearchText` stores the whole text once per dataset.
const haystacks = new WeakMap<Searchable, string>();

/**
 * Stores an event's complete normalized search text (see `indexSearchText`), replacing the
 * fallback made from the event's own fields.
 */
export function setSearchText(event: Searchable, normalized: string): void {
  haystacks.set(event, normalized);
}

function haystackOf(event: Searchable): string {
  let text = haystacks.get(event);
  if (text === undefined) {
    // Joined with newlines: terms never contain whitespace, so a match cannot span two fields.
    text = normalizeText(
      [
        event.title,
        summaryText(event),
        ...event.quotes.map((quote) => quote.text),
        ...event.sources.map((source) => source.title),
      ].join('\n'),
    );
    haystacks.set(event, text);
  }
  return text;
}

/** True when every term of `q` occurs in the event's text; an empty query matches everything. */
export function matchesQuery(event: Searchable, q: string): boolean {
  return matchesTerms(event, queryTerms(q));
}

/** `matchesQuery` with the query already split, for callers that test many events. */
export function matchesTerms(event: Searchable, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = haystackOf(event);
  return terms.every((term) => text.includes(term));
}

/**
 * The normalized text plus, for each of its UTF-16 units, the span of the original code point it
 * came from. A code point that normalizes to nothing (a combining mark typed separately) widens
 * the span before it, so a highlight never splits a letter from its accent.
 */
function normalizeWithMap(text: string): { norm: string; start: number[]; end: number[] } {
  let norm = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = normalizeText(ch);
    const j = i + ch.length;
    if (n === '') {
      if (end.length > 0) end[end.length - 1] = j;
    } else {
      norm += n;
      for (let k = 0; k < n.length; k += 1) {
        start.push(i);
        end.push(j);
      }
    }
    i = j;
  }
  return { norm, start, end };
}

/**
 * Where the terms of `q` occur in `text`, as `[start, end)` ranges of ORIGINAL string indices
 * (ready for `text.slice`), sorted, with overlapping or touching ranges merged. Normalization
 * may change lengths ("u" + U+0308 is two units, "ü" one; "İ" lower-cases to two), which is why
 * matches are found in the normalized text and then mapped back unit by unit.
 */
export function highlightRanges(text: string, q: string): [number, number][] {
  const terms = queryTerms(q);
  if (terms.length === 0 || text === '') return [];
  const { norm, start, end } = normalizeWithMap(text);
  const found: [number, number][] = [];
  for (const term of terms) {
    for (let at = norm.indexOf(term); at !== -1; at = norm.indexOf(term, at + 1)) {
      const s = start[at];
      const e = end[at + term.length - 1];
      if (s !== undefined && e !== undefined) found.push([s, e]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of found) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
