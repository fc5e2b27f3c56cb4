import { describe, expect, it } from 'vitest';
import type { FilterResults } from '../selectors/filter-results';
import { shownResults, type ShownInput } from './shown-results';

const results = (ids: string[]): FilterResults => ({
  visible: [],
  matching: new Set(ids),
  counts: {
    actors: new Map(),
    types: new Map(),
    tags: new Map(),
  } as unknown as FilterResults['counts'],
  emptyCauses: [],
});
const unfiltered = { visible: [], matching: new Set(['a', 'b']), emptyCauses: [] };
const input = (over: Partial<ShownInput>): ShownInput => ({
  none: false,
  unfiltered,
  indexed: null,
  failed: null,
  previous: undefined,
  ...over,
});

describe('shownResults', () => {
  it('shows every event with no filter set, without counts until the code has made them', () => {
    expect(shownResults(input({ none: true }))).toEqual({ ...unfiltered, counts: null });
    const indexed = results(['a', 'b']);
    expect(shownResults(input({ none: true, indexed }))?.counts).toBe(indexed.counts);
    // A failed fetch leaves the unfiltered view standing: the filters say what failed.
    expect(shownResults(input({ none: true, failed: new Error('x') }))?.matching).toBe(
      unfiltered.matching,
    );
  });

  it("shows a filter's results once they are made", () => {
    const indexed = results(['a']);
    expect(shownResults(input({ indexed, previous: results(['b']) }))).toBe(indexed);
  });

  it('keeps what was shown while a filter waits for the code, and waits when nothing was', () => {
    const previous = results(['a', 'b']);
    expect(shownResults(input({ previous }))).toEqual({ ...previous, pending: true });
    expect(shownResults(input({ indexed: previous }))?.pending).toBeUndefined();
    expect(shownResults(input({}))).toBeNull();
  });

  it('says why a filter cannot be applied when the code could not be fetched', () => {
    const failed = new Error('The code for filtering could not be loaded');
    expect(() => shownResults(input({ failed, previous: results(['a']) }))).toThrow(failed);
  });
});
