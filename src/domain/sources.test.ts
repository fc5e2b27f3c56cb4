import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from './schema';
import { SOURCE_KIND_LABEL, SOURCE_RANK, sourceKindText, sourceRank } from './sources';

describe('SOURCE_RANK', () => {
  it('ranks primary records and their labelled copies first, aggregators last', () => {
    expect(SOURCE_KINDS.map((k) => [k, SOURCE_RANK[k]])).toEqual([
      ['primary', 1],
      ['mirror', 1],
      ['press', 2],
      ['analysis', 3],
      ['dataset', 3],
      ['aggregator', 4],
      ['unclassified', 4],
    ]);
    expect(sourceRank({ kind: 'press' })).toBe(2);
  });
});

describe('sourceKindText', () => {
  it('says what a mirror copies: publisher, title and date', () => {
    expect(
      sourceKindText({
        kind: 'mirror',
        original: {
          publisher: 'U.S. Department of State',
          title: 'Secretary Antony J. Blinken Remarks to the Press',
          date: '2024-03-22',
        },
      }),
    ).toBe(
      'Copy of a primary record: U.S. Department of State, “Secretary Antony J. Blinken Remarks to the Press”, 22 March 2024',
    );
  });

  it('leaves out a date the original does not give', () => {
    expect(sourceKindText({ kind: 'mirror', original: { publisher: 'UN', title: 'T' } })).toBe(
      'Copy of a primary record: UN, “T”',
    );
  });

  it('uses the plain label for every other kind, and for a mirror without its original', () => {
    expect(sourceKindText({ kind: 'primary' })).toBe('Primary record');
    expect(sourceKindText({ kind: 'aggregator' })).toBe('Aggregator');
    expect(sourceKindText({ kind: 'mirror' })).toBe(SOURCE_KIND_LABEL.mirror);
  });
});
