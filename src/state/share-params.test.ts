import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, serialize } from './url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';
import { dayArb, idArb } from './test-arbitraries';

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

describe('embed', () => {
  it('reads embed=1 (and true) and writes embed=1, last', () => {
    expect(parse('embed=1').state.embed).toBe(true);
    expect(parse('embed=true').state.embed).toBe(true);
    expect(serialize(view({ embed: true, actors: ['a'] }))).toBe('v=2&actors=a&embed=1');
  });
  it('reads embed=0 as not embedded, without a warning', () => {
    expect(parse('embed=0')).toEqual({ state: DEFAULT_VIEW_STATE, warnings: [] });
  });
  it('warns about anything else and stays out of embed mode', () => {
    expect(parse('embed=yes')).toEqual({
      state: DEFAULT_VIEW_STATE,
      warnings: ['Ignored "yes" in "embed": expected 1'],
    });
  });
});

describe('story and step', () => {
  it('round-trips a story at a step', () => {
    const { state, warnings } = parse('story=how-it-moved&step=3');
    expect(warnings).toEqual([]);
    expect(state).toEqual(view({ story: 'how-it-moved', step: 3 }));
    expect(serialize(state)).toBe('v=2&story=how-it-moved&step=3');
  });
  it('opens a story without a step at step 1', () => {
    expect(parse('story=walk').state).toEqual(view({ story: 'walk', step: 1 }));
  });
  it.each([
    ['0', 'Ignored "0" in "step": expected a step number from 1'],
    ['-2', 'Ignored "-2" in "step": expected a step number from 1'],
    ['two', 'Ignored "two" in "step": expected a step number from 1'],
  ])('drops step=%s with a warning and opens step 1', (raw, warning) => {
    const { state, warnings } = parse(`story=walk&step=${raw}`);
    expect(state.step).toBe(1);
    expect(warnings).toEqual([warning]);
  });
  it('drops a step without a story, and a malformed story id', () => {
    expect(parse('step=2')).toEqual({
      state: DEFAULT_VIEW_STATE,
      warnings: ['Ignored "step" 2: the link names no story'],
    });
    expect(parse('story=Not Valid').warnings).toEqual([
      'Ignored "Not Valid" in "story": not a valid id',
    ]);
  });
});

describe('compare', () => {
  it('round-trips two days', () => {
    const { state, warnings } = parse('compare=2024-01-01..2024-06-30');
    expect(warnings).toEqual([]);
    expect(state.compare).toBe('2024-01-01..2024-06-30');
    expect(serialize(state)).toBe('v=2&compare=2024-01-01..2024-06-30');
  });
  it('puts days given the wrong way round in order, and says so', () => {
    expect(parse('compare=2024-06-30..2024-01-01')).toEqual({
      state: view({ compare: '2024-01-01..2024-06-30' }),
      warnings: [
        'Swapped the days in "compare": 2024-06-30..2024-01-01 became 2024-01-01..2024-06-30',
      ],
    });
  });
  it.each([
    [
      '2024-02-30..2024-03-01',
      'Ignored "2024-02-30..2024-03-01" in "compare": 2024-02-30 is not a real date',
    ],
    ['2024-01-01', 'Ignored "2024-01-01" in "compare": expected YYYY-MM-DD..YYYY-MM-DD'],
    ['a..b', 'Ignored "a..b" in "compare": expected YYYY-MM-DD..YYYY-MM-DD'],
  ])('drops compare=%s with a warning', (raw, warning) => {
    expect(parse(`compare=${raw}`)).toEqual({ state: DEFAULT_VIEW_STATE, warnings: [warning] });
  });
});

describe('round trip of the share parameters', () => {
  it('parse(serialize(s)) = s for any story, step, comparison and embed flag', () => {
    const share = fc.record({
      embed: fc.boolean(),
      story: fc.option(idArb, { nil: null }),
      step: fc.integer({ min: 1, max: 500 }),
      compare: fc.option(
        fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? `${a}..${b}` : `${b}..${a}`)),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(share, ({ embed, story, step, compare }) => {
        const s = view({ embed, story, step: story ? step : null, compare });
        const back = parse(serialize(s));
        expect(back.warnings).toEqual([]);
        expect(back.state).toEqual(s);
      }),
    );
  });
});
