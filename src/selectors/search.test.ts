import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges, matchesQuery, normalizeText, queryTerms } from './search';
import { makeEvent } from './test-events';

/** The highlighted parts of a text, to read assertions as words rather than indices. */
const marked = (text: string, q: string) =>
  highlightRanges(text, q).map(([s, e]) => text.slice(s, e));

/**
 * Any code points, lone surrogates included. Built from integers: fast-check's 'binary' string
 * unit spends seconds building its tables on first use, which timed these tests out on a busy
 * machine.
 */
const anyCodePoints = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }))
  .map((cps) => String.fromCodePoint(...cps));

describe('normalizeText', () => {
  it('lower-cases and strips accents', () => {
    expect(normalizeText('Zürich ÉLYSÉE São Paulo')).toBe('zurich elysee sao paulo');
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(normalizeText('Zu\u0308rich')).toBe(normalizeText('Z\u00fcrich'));
  });

  it('folds typographic quotes and dashes to what a keyboard types', () => {
    expect(normalizeText('Guterres’s “call” – 2023—24 ‘x’')).toBe(
      "guterres's \"call\" - 2023-24 'x'",
    );
  });

  it('normalizes code point by code point, which highlightRanges relies on (property)', () => {
    fc.assert(
      fc.property(anyCodePoints, (s) => {
        expect(normalizeText(s)).toBe([...s].map(normalizeText).join(''));
      }),
    );
    expect(normalizeText('ΟΔΟΣ')).toBe([...'ΟΔΟΣ'].map(normalizeText).join(''));
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace and drops empties', () => {
    expect(queryTerms('  Cease\tFIRE \n')).toEqual(['cease', 'fire']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('gives the normalized text split on whitespace, for blank queries too (property)', () => {
    const spaces = fc
      .array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'))
      .map((s) => s.join(''));
    fc.assert(
      fc.property(fc.oneof(anyCodePoints, spaces), (q) => {
        const terms = normalizeText(q)
          .split(/\s+/)
          .filter((t) => t !== '');
        expect(queryTerms(q)).toEqual(terms);
      }),
    );
  });
});

describe('matchesQuery', () => {
  const event = makeEvent({
    title: 'Talks in Zürich',
    summary: [
      { text: 'The envoy met Guterres’s team.', cite: ['src'] },
      { text: 'They spoke of hostages.', cite: [] },
    ],
    quotes: [{ text: 'We want a pause', speaker: 'blinken', source: 'src' }],
    sources: [
      {
        id: 'src',
        publisher: 'P',
        title: 'Readout of the meeting',
        url: 'https://x',
        kind: 'press',
      },
    ],
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesQuery(event, '')).toBe(true);
    expect(matchesQuery(event, '   ')).toBe(true);
  });

  it('ignores case and accents both ways', () => {
    expect(matchesQuery(event, 'zurich')).toBe(true);
    expect(matchesQuery(event, 'ZÜRICH')).toBe(true);
    expect(matchesQuery(makeEvent({ title: 'Zurich' }), 'zürich')).toBe(true);
  });

  it('matches a straight apostrophe against a curly one', () => {
    expect(matchesQuery(event, "Guterres's")).toBe(true);
  });

  it('searches title, summary, quotes and source titles', () => {
    expect(matchesQuery(event, 'talks')).toBe(true);
    expect(matchesQuery(event, 'envoy')).toBe(true);
    expect(matchesQuery(event, 'hostages')).toBe(true);
    expect(matchesQuery(event, 'pause')).toBe(true);
    expect(matchesQuery(event, 'readout')).toBe(true);
  });

  it('needs every term, each anywhere', () => {
    expect(matchesQuery(event, 'pause readout')).toBe(true);
    expect(matchesQuery(event, 'pause ceasefire')).toBe(false);
  });

  it('does not match across two fields', () => {
    // Title ends "Zürich", summary starts "The": a term cannot span the join.
    expect(matchesQuery(event, 'zurichthe')).toBe(false);
  });
});

describe('highlightRanges', () => {
  it('returns nothing for an empty query or no match', () => {
    expect(highlightRanges('Zürich', '')).toEqual([]);
    expect(highlightRanges('Zürich', 'geneva')).toEqual([]);
  });

  it('gives ranges in the original text for an accent-insensitive match', () => {
    expect(highlightRanges('Talks in Zürich today', 'zurich')).toEqual([[9, 15]]);
  });

  it('maps back through a decomposed accent, keeping the mark with its letter', () => {
    const text = 'In Zu\u0308rich'; // 10 units; "ü" is two of them
    expect(highlightRanges(text, 'zurich')).toEqual([[3, 10]]);
    expect(marked(text, 'zu')).toEqual(['Zu\u0308']);
    expect(marked(text, 'rich')).toEqual(['rich']);
  });

  it('maps back through a letter that lower-cases to two units', () => {
    // "İ" is one unit but lower-cases to "i" + U+0307, which stripping reduces to "i".
    const text = 'İstanbul, İzmir';
    expect(marked(text, 'istanbul izmir')).toEqual(['İstanbul', 'İzmir']);
  });

  it('handles astral characters before the match', () => {
    const text = '😀😀 Zürich';
    expect(marked(text, 'zurich')).toEqual(['Zürich']);
  });

  it('highlights a straight-apostrophe query in curly-apostrophe text', () => {
    expect(marked('Guterres’s letter', "Guterres's")).toEqual(['Guterres’s']);
  });

  it('finds every occurrence of every term, sorted and merged', () => {
    expect(highlightRanges('ceasefire now; cease fire', 'fire cease')).toEqual([
      [0, 9],
      [15, 20],
      [21, 25],
    ]);
    // Overlapping terms merge into one range; touching ones too.
    expect(highlightRanges('abcdef', 'abc bcd')).toEqual([[0, 4]]);
    expect(highlightRanges('abcdef', 'abc def')).toEqual([[0, 6]]);
  });

  it('always gives sorted, disjoint ranges inside the text (property)', () => {
    fc.assert(
      fc.property(anyCodePoints, fc.string({ maxLength: 4 }), (text, q) => {
        const ranges = highlightRanges(text, q);
        ranges.forEach(([s, e], i) => {
          expect(0 <= s && s < e && e <= text.length).toBe(true);
          const prev = ranges[i - 1];
          if (prev) expect(prev[1]).toBeLessThan(s);
        });
      }),
    );
  });

  it('highlights exactly what the term is, normalized (property)', () => {
    const letters = fc.constantFrom('a', 'ä', 'A', 'Ä', 'a\u0308', 'b', ' ', '’', "'", 'İ', 'i');
    fc.assert(
      fc.property(
        fc.string({ unit: letters }),
        fc.string({ unit: letters, minLength: 1 }),
        (text, term) => {
          for (const [s, e] of highlightRanges(text, term)) {
            const piece = normalizeText(text.slice(s, e));
            expect(queryTerms(term).some((t) => piece.includes(t))).toBe(true);
          }
        },
      ),
    );
  });
});
