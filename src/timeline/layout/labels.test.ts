import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  estimateTextWidth,
  placeLabels,
  truncateLabel,
  type LabelCandidate,
  type PlaceLabelsOptions,
  type PlacedLabel,
} from './labels';

function makeCandidate(overrides: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id: 'c', laneId: 'lane', x: 100, width: 50, priority: 1, ...overrides };
}

function makeOptions(overrides: Partial<PlaceLabelsOptions> = {}): PlaceLabelsOptions {
  return { rowsPerLane: 1, rowHeight: 20, laneTop: { lane: 0, other: 100 }, gap: 4, ...overrides };
}

const spots = (labels: PlacedLabel[]) => labels.map((l) => [l.id, l.side, l.row, l.x0, l.x1]);

function overlaps(a: PlacedLabel, b: PlacedLabel, gap: number): boolean {
  return a.y === b.y && a.x0 < b.x1 + gap && b.x0 < a.x1 + gap;
}

describe('placeLabels', () => {
  it('puts a label to the right of its mark first', () => {
    const placed = placeLabels([makeCandidate({ x: 100, width: 50 })], makeOptions({ offset: 6 }));
    expect(placed).toEqual([
      { id: 'c', laneId: 'lane', x0: 106, x1: 156, y: 0, row: 0, side: 'right' },
    ]);
  });

  it('falls back to the left, then to the next row, then drops the label', () => {
    const placed = placeLabels(
      [
        makeCandidate({ id: 'a', x: 100, priority: 4 }), // right: [100, 150]
        makeCandidate({ id: 'b', x: 90, priority: 3 }), // right would hit a: left, [40, 90]
        makeCandidate({ id: 'c', x: 95, priority: 2 }), // both sides taken: row 1
        makeCandidate({ id: 'd', x: 97, priority: 1 }), // row 1 right hits c, left too: dropped
      ],
      makeOptions({ rowsPerLane: 2 }),
    );
    expect(spots(placed)).toEqual([
      ['a', 'right', 0, 100, 150],
      ['b', 'left', 0, 40, 90],
      ['c', 'right', 1, 95, 145],
    ]);
    expect(placed.map((l) => l.y)).toEqual([0, 0, 20]);
  });

  it('places by priority, not input order', () => {
    const placed = placeLabels(
      [makeCandidate({ id: 'low', priority: 1 }), makeCandidate({ id: 'high', priority: 9 })],
      makeOptions({ width: 160, offset: 5 }),
    );
    expect(spots(placed)).toEqual([
      ['high', 'right', 0, 105, 155],
      ['low', 'left', 0, 45, 95],
    ]);
  });

  it('breaks priority ties by id', () => {
    const placed = placeLabels(
      [makeCandidate({ id: 'b' }), makeCandidate({ id: 'a' })],
      makeOptions({ width: 155, offset: 5 }),
    );
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a', 'right'],
      ['b', 'left'],
    ]);
  });

  it('lets labels exactly gap px apart share a line, but not closer', () => {
    const two = (x: number) =>
      placeLabels(
        [makeCandidate({ id: 'a', x: 0 }), makeCandidate({ id: 'b', x })],
        makeOptions({ width: 1000 }),
      ).map((l) => l.side);
    expect(two(54)).toEqual(['right', 'right']); // a ends at 50, b starts at 54
    expect(two(53)).toEqual(['right']); // b's left would start at 3 < 50 + 4: dropped
  });

  it('keeps labels inside [0, width] when a width is given', () => {
    const placed = placeLabels(
      [makeCandidate({ id: 'edge', x: 980 }), makeCandidate({ id: 'start', x: 10, priority: 0 })],
      makeOptions({ width: 1000 }),
    );
    expect(spots(placed)).toEqual([
      ['edge', 'left', 0, 930, 980],
      ['start', 'right', 0, 10, 60],
    ]);
  });

  it('keeps labels inside the visible part, and labels only marks inside it', () => {
    const options = makeOptions({ offset: 6, width: 400, visible: [0, 200] });
    // Right of the mark would end under the drawer (past 200): the label goes left.
    expect(spots(placeLabels([makeCandidate({ x: 170, width: 50 })], options))).toEqual([
      ['c', 'left', 0, 114, 164],
    ]);
    // A mark under the drawer gets no label, even where one would fit in sight.
    expect(placeLabels([makeCandidate({ x: 230, width: 20 })], options)).toEqual([]);
    // A drawer on the left: the label keeps right of it.
    const left = makeOptions({ offset: 6, width: 400, visible: [150, 400], obstacles: [] });
    expect(
      spots(placeLabels([makeCandidate({ x: 160, width: 50, prefer: 'left' })], left)),
    ).toEqual([['c', 'right', 0, 166, 216]]);
  });

  it('writes a label on the right past its own stretch, never over it', () => {
    const stretch = { x0: 100, x1: 180, y0: -7, y1: 7 };
    const placed = placeLabels(
      [makeCandidate({ x: 100, width: 50, end: 180 })],
      makeOptions({ offset: 6, obstacles: [stretch], labelHeight: 14 }),
    );
    expect(spots(placed)).toEqual([['c', 'right', 0, 185, 235]]);
  });

  it('lets labels run off the plot when no width is given', () => {
    const placed = placeLabels([makeCandidate({ x: -20 })], makeOptions());
    expect(placed[0]).toMatchObject({ x0: -20, x1: 30 });
  });

  it('keeps lanes apart: the same x in two lanes does not collide', () => {
    const placed = placeLabels(
      [makeCandidate({ id: 'a' }), makeCandidate({ id: 'b', laneId: 'other' })],
      makeOptions(),
    );
    expect(placed.map((l) => [l.id, l.y, l.side])).toEqual([
      ['a', 0, 'right'],
      ['b', 100, 'right'],
    ]);
  });

  it('skips a candidate whose lane has no top', () => {
    expect(placeLabels([makeCandidate({ laneId: 'hidden' })], makeOptions())).toEqual([]);
  });

  it('takes the number of rows per lane from a record, 0 for a lane not in it', () => {
    const candidates = [
      makeCandidate({ id: 'a' }),
      makeCandidate({ id: 'b' }),
      makeCandidate({ id: 'c' }),
      makeCandidate({ id: 'd', laneId: 'other' }),
    ];
    const placed = placeLabels(candidates, makeOptions({ rowsPerLane: { lane: 2 }, offset: 5 }));
    expect(placed.map((l) => [l.id, l.row, l.side])).toEqual([
      ['a', 0, 'right'],
      ['b', 0, 'left'],
      ['c', 1, 'right'],
    ]);
  });

  it('puts a candidate with its own y on that line only, colliding across lanes', () => {
    const placed = placeLabels(
      [
        makeCandidate({ id: 'a', y: 40, priority: 2 }),
        makeCandidate({ id: 'b', laneId: 'other', y: 40, x: 110, priority: 1 }),
      ],
      makeOptions({ rowsPerLane: 3, width: 155 }),
    );
    expect(placed.map((l) => [l.id, l.y, l.row, l.side])).toEqual([
      ['a', 40, 0, 'right'],
      // b's right side is taken by a, and its left runs into a too: no other line is tried.
    ]);
  });

  it('returns nothing for no candidates or no rows', () => {
    expect(placeLabels([], makeOptions())).toEqual([]);
    expect(placeLabels([makeCandidate()], makeOptions({ rowsPerLane: 0 }))).toEqual([]);
  });

  it('does not mutate the candidates', () => {
    const candidates = [makeCandidate({ id: 'b' }), makeCandidate({ id: 'a' })];
    const copy = structuredClone(candidates);
    placeLabels(candidates, makeOptions());
    expect(candidates).toEqual(copy);
  });

  // Ids are unique, as event ids are; x and width on a coarse grid so that collisions,
  // exact touches and ties all happen often.
  const arbitraryCandidates = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,3}$/),
      laneId: fc.constantFrom('lane', 'other', 'hidden'),
      x: fc.integer({ min: -50, max: 450 }).map((x) => x / 2),
      width: fc.integer({ min: 0, max: 120 }),
      priority: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (c) => c.id, maxLength: 60 },
  );
  const arbitraryOptions = fc.record({
    rowsPerLane: fc.integer({ min: 0, max: 3 }),
    rowHeight: fc.constantFrom(16, 20),
    laneTop: fc.constant({ lane: 0, other: 30 }),
    gap: fc.integer({ min: 0, max: 8 }),
    offset: fc.integer({ min: 0, max: 8 }),
    width: fc.option(fc.constant(200), { nil: undefined }),
  });

  it('never overlaps two placed labels on one line, gap included', () => {
    fc.assert(
      fc.property(arbitraryCandidates, arbitraryOptions, (candidates, options) => {
        const placed = placeLabels(candidates, options);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            expect(overlaps(placed[i]!, placed[j]!, options.gap)).toBe(false);
          }
        }
      }),
    );
  });

  it('gives the same result whatever the order of the candidates', () => {
    fc.assert(
      fc.property(
        arbitraryCandidates.chain((cs) =>
          fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })),
        ),
        arbitraryOptions,
        ([candidates, shuffled], options) => {
          expect(placeLabels(shuffled, options)).toEqual(placeLabels(candidates, options));
        },
      ),
    );
  });

  it('keeps every label inside [0, width] when a width is given', () => {
    fc.assert(
      fc.property(arbitraryCandidates, arbitraryOptions, (candidates, options) => {
        const width = options.width ?? 200;
        for (const l of placeLabels(candidates, { ...options, width })) {
          expect(l.x0).toBeGreaterThanOrEqual(0);
          expect(l.x1).toBeLessThanOrEqual(width);
        }
      }),
    );
  });

  it('always places the highest-priority candidate when it fits alone', () => {
    fc.assert(
      fc.property(arbitraryCandidates, arbitraryOptions, (candidates, options) => {
        const [top] = [...candidates].sort(
          (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1),
        );
        fc.pre(top !== undefined);
        const alone = placeLabels([top!], options);
        fc.pre(alone.length === 1);
        expect(placeLabels(candidates, options)[0]).toEqual(alone[0]);
      }),
    );
  });

  it('never covers a mark, even where marks overlap one another', () => {
    // Two overlapping marks at x 100–116 and 110–126 on line 0: the label of the event at 90
    // cannot go right (the marks are there) and goes left; nothing shifts the second mark away.
    const marks = [
      { x0: 100, x1: 116, y0: -8, y1: 8 },
      { x0: 110, x1: 126, y0: -8, y1: 8 },
    ];
    const placed = placeLabels(
      [makeCandidate({ id: 'a', x: 90, width: 40 }), makeCandidate({ id: 'b', x: 200, width: 40 })],
      makeOptions({ offset: 6, gap: 2, obstacles: marks, labelHeight: 14 }),
    );
    expect(spots(placed)).toEqual([
      ['a', 'left', 0, 44, 84],
      ['b', 'right', 0, 206, 246],
    ]);
  });

  it('blocks every line a mark reaches vertically, and only those', () => {
    const mark = { x0: 100, x1: 120, y0: 12, y1: 28 };
    const options = makeOptions({ rowsPerLane: 3, rowHeight: 20, obstacles: [mark] });
    const at = (labelHeight: number) =>
      placeLabels([makeCandidate({ id: 'a', x: 90, width: 20 })], { ...options, labelHeight }).map(
        (l) => [l.row, l.side],
      );
    // Line 20 runs through the mark; with 14 px boxes, line 0 (−7…7) and 40 (33…47) stay clear.
    expect(at(14)).toEqual([[0, 'right']]);
    // 28 px boxes on line 0 reach 14, into the mark: the right side is taken, the left is free.
    expect(at(28)).toEqual([[0, 'left']]);
  });

  it('never places a label over an obstacle (property)', () => {
    const obstacle = fc
      .record({
        x: fc.integer({ min: -20, max: 420 }),
        y: fc.integer({ min: -10, max: 80 }),
        r: fc.integer({ min: 2, max: 14 }),
      })
      .map(({ x, y, r }) => ({ x0: x - r, x1: x + r, y0: y - r, y1: y + r }));
    fc.assert(
      fc.property(
        arbitraryCandidates,
        arbitraryOptions,
        fc.array(obstacle, { maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (candidates, options, obstacles, labelHeight) => {
          const placed = placeLabels(candidates, { ...options, obstacles, labelHeight });
          for (const l of placed) {
            for (const o of obstacles) {
              const xOverlap = l.x0 < o.x1 + options.gap && o.x0 < l.x1 + options.gap;
              const yOverlap =
                labelHeight === 0
                  ? l.y > o.y0 && l.y < o.y1
                  : l.y - labelHeight / 2 < o.y1 && o.y0 < l.y + labelHeight / 2;
              expect(xOverlap && yOverlap).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('places each label at one of its anchors, on one of its lane’s rows, at its width', () => {
    fc.assert(
      fc.property(arbitraryCandidates, arbitraryOptions, (candidates, options) => {
        const byId = new Map(candidates.map((c) => [c.id, c]));
        const offset = options.offset ?? 0;
        for (const l of placeLabels(candidates, options)) {
          const c = byId.get(l.id)!;
          expect(l.laneId).toBe(c.laneId);
          expect(l.x1 - l.x0).toBeCloseTo(c.width);
          expect(l.side === 'right' ? l.x0 : l.x1).toBe(
            l.side === 'right' ? c.x + offset : c.x - offset,
          );
          expect(l.row).toBeLessThan(options.rowsPerLane);
          expect(l.y).toBe(options.laneTop[c.laneId as 'lane']! + l.row * options.rowHeight);
        }
      }),
    );
  });
});

/** Helvetica advance widths in 1/1000 em (Adobe AFM), regular and bold: the common worst case. */
const HELVETICA: Record<string, [number, number]> = {
  ' ': [278, 278],
  '!': [278, 333],
  '"': [355, 474],
  '#': [556, 556],
  $: [556, 556],
  '%': [889, 889],
  '&': [667, 722],
  "'": [191, 238],
  '(': [333, 333],
  ')': [333, 333],
  '*': [389, 389],
  '+': [584, 584],
  ',': [278, 278],
  '-': [333, 333],
  '.': [278, 278],
  '/': [278, 278],
  ':': [278, 333],
  ';': [278, 333],
  '?': [556, 611],
  '@': [1015, 975],
  '0': [556, 556],
  '1': [556, 556],
  '9': [556, 556],
  A: [667, 722],
  B: [667, 722],
  C: [722, 722],
  D: [722, 722],
  E: [667, 667],
  F: [611, 611],
  G: [778, 778],
  H: [722, 722],
  I: [278, 278],
  J: [500, 556],
  K: [667, 722],
  L: [556, 611],
  M: [833, 833],
  N: [722, 722],
  O: [778, 778],
  P: [667, 667],
  Q: [778, 778],
  R: [722, 722],
  S: [667, 667],
  T: [611, 611],
  U: [722, 722],
  V: [667, 667],
  W: [944, 944],
  X: [667, 667],
  Y: [667, 667],
  Z: [611, 611],
  a: [556, 556],
  b: [556, 611],
  c: [500, 556],
  d: [556, 611],
  e: [556, 556],
  f: [278, 333],
  g: [556, 611],
  h: [556, 611],
  i: [222, 278],
  j: [222, 278],
  k: [500, 556],
  l: [222, 278],
  m: [833, 889],
  n: [556, 611],
  o: [556, 611],
  p: [556, 611],
  q: [556, 611],
  r: [333, 389],
  s: [500, 556],
  t: [278, 333],
  u: [556, 611],
  v: [500, 556],
  w: [722, 778],
  x: [500, 556],
  y: [500, 556],
  z: [500, 500],
};

describe('estimateTextWidth', () => {
  it.each(Object.entries(HELVETICA))(
    'over-estimates "%s" in Helvetica regular and bold',
    (ch, widths) => {
      expect(estimateTextWidth(ch, 1000)).toBeGreaterThanOrEqual(Math.max(...widths));
    },
  );

  it('over-estimates whole titles, but by less than half', () => {
    for (const title of [
      'Russia and China veto the U.S. draft',
      'Blinken in Tel Aviv: “We share Israel’s goal”',
      'WWW MMM www mmm',
      'illicit lilliputian',
    ]) {
      const actual = [...title].reduce(
        (sum, ch) => sum + (HELVETICA[ch]?.[1] ?? HELVETICA[ch.normalize('NFD')[0]!]?.[1] ?? 333),
        0,
      );
      const estimate = estimateTextWidth(title, 1000);
      expect(estimate).toBeGreaterThanOrEqual(actual);
      expect(estimate).toBeLessThan(actual * 1.5);
    }
  });

  it('scales with the font size', () => {
    expect(estimateTextWidth('Veto', 24)).toBeCloseTo(2 * estimateTextWidth('Veto', 12));
  });

  it('is 0 for empty text', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('counts an accented letter as its base letter, whether precomposed or combining', () => {
    const e = estimateTextWidth('e', 12);
    expect(estimateTextWidth('é', 12)).toBeCloseTo(e);
    expect(estimateTextWidth('e\u0301', 12)).toBeCloseTo(e);
  });

  it('counts CJK and emoji as at least one em each', () => {
    expect(estimateTextWidth('安全理事会', 10)).toBeGreaterThanOrEqual(50);
    expect(estimateTextWidth('🇺🇳', 10)).toBeGreaterThanOrEqual(10);
  });

  it('gives any letter of any script at least the width of an "i"', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((g) => /\p{L}/u.test(g)),
        (letter) => {
          expect(estimateTextWidth(letter, 10)).toBeGreaterThanOrEqual(3.2);
        },
      ),
    );
  });

  it('never shrinks when text grows', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(estimateTextWidth(a + b, 12)).toBeGreaterThanOrEqual(estimateTextWidth(a, 12));
      }),
    );
  });
});

describe('truncateLabel', () => {
  it('leaves text that fits alone', () => {
    expect(truncateLabel('Veto', 4)).toBe('Veto');
    expect(truncateLabel('Veto', 40)).toBe('Veto');
  });

  it('cuts to maxChars including the ellipsis', () => {
    expect(truncateLabel('Russia and China veto', 10)).toBe('Russia an…');
    expect([...truncateLabel('Russia and China veto', 10)]).toHaveLength(10);
  });

  it('drops spaces and punctuation before the ellipsis', () => {
    expect(truncateLabel('Blinken in Tel Aviv', 12)).toBe('Blinken in…');
    expect(truncateLabel('Vote: adopted', 7)).toBe('Vote…');
  });

  it('is only the ellipsis for one character, and empty for none', () => {
    expect(truncateLabel('Veto', 1)).toBe('…');
    expect(truncateLabel('Veto', 0)).toBe('');
    expect(truncateLabel('Veto', -3)).toBe('');
  });

  it('never splits a character made of several code points', () => {
    expect(truncateLabel('🇺🇸🇺🇳🇷🇺 flags', 3)).toBe('🇺🇸🇺🇳…');
    expect(truncateLabel('Cafe\u0301 talks', 5)).toBe('Cafe\u0301…');
  });

  it('cuts as a whole-text grapheme split would, ASCII or not', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const reference = (text: string, max: number) => {
      const chars = Array.from(segmenter.segment(text), (s) => s.segment);
      if (chars.length <= max) return text;
      return `${chars
        .slice(0, max - 1)
        .join('')
        .replace(/[\s.,;:–—-]+$/u, '')}…`;
    };
    const text = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({
        unit: fc.constantFrom('a', ' ', '\r', '\n', 'e\u0301', '🇺🇸', '.'),
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 36 }), (t, max) => {
        expect(truncateLabel(t, max)).toBe(reference(t, max));
      }),
    );
    // CR LF is one grapheme: four of them before the ellipsis are a, CR LF, b and c.
    expect(truncateLabel('a\r\nbcdef', 5)).toBe('a\r\nbc…');
  });

  it('never returns more than maxChars graphemes, and keeps a prefix of the text', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (text, max) => {
          const out = truncateLabel(text, max);
          expect([...segmenter.segment(out)].length).toBeLessThanOrEqual(max);
          if (out !== text) {
            expect(out.endsWith('…')).toBe(true);
            expect(text.startsWith(out.slice(0, -1))).toBe(true);
          }
        },
      ),
    );
  });
});
