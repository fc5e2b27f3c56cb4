import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citedSentenceText,
  citedText,
  eventFootnotes,
  footnoteNumbers,
  footnotesFor,
  markerText,
  summaryWithMarkers,
} from './footnotes';
import { makeEvent } from './test-events';
import type { Source } from './schema';

const source = (id: string): Source => ({
  id,
  publisher: id.toUpperCase(),
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  kind: 'press',
});

const event = makeEvent({
  sources: [source('un'), source('ap'), source('reuters')],
  summary: [
    { text: 'The draft fails.', cite: ['ap', 'un'] },
    { text: 'Nobody says why.', cite: [] },
    { text: 'Reuters adds a detail.', cite: ['reuters'] },
  ],
});

describe('eventFootnotes', () => {
  it('numbers the sources 1, 2, 3 in list order', () => {
    expect(eventFootnotes(event).map((f) => [f.number, f.source.id])).toEqual([
      [1, 'un'],
      [2, 'ap'],
      [3, 'reuters'],
    ]);
    expect(footnoteNumbers(event).get('reuters')).toBe(3);
  });
});

describe('footnotesFor', () => {
  it('orders a marker by number, whatever order cite lists the sources in', () => {
    expect(footnotesFor(event, ['reuters', 'un']).map((f) => f.number)).toEqual([1, 3]);
  });

  it('drops repeats and ids that name no source', () => {
    expect(footnotesFor(event, ['ap', 'nope', 'ap']).map((f) => f.number)).toEqual([2]);
    expect(footnotesFor(event, [])).toEqual([]);
  });

  it('numbers a source by its place in the list, not by when it is first cited', () => {
    // The first sentence cites only the third source: still [3], never [1].
    const late = makeEvent({
      sources: [source('a'), source('b'), source('c')],
      summary: [{ text: 'X.', cite: ['c'] }],
    });
    expect(summaryWithMarkers(late)).toBe('X.[3]');
  });

  it('gives ascending, unique numbers within range (property)', () => {
    const ids = ['un', 'ap', 'reuters', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { maxLength: 8 }), (cite) => {
        const numbers = footnotesFor(event, cite).map((f) => f.number);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        for (const n of numbers) expect(event.sources[n - 1]?.id).toBeDefined();
        expect(new Set(numbers)).toEqual(
          new Set(cite.filter((id) => id !== 'x').map((id) => ids.indexOf(id) + 1)),
        );
      }),
    );
  });
});

describe('markerText and citedText', () => {
  it('writes markers Wikipedia style, right after the sentence', () => {
    expect(markerText(footnotesFor(event, ['un', 'reuters']))).toBe('[1][3]');
    expect(citedSentenceText(event, { text: ' Trimmed. ', cite: ['ap'] })).toBe('Trimmed.[2]');
  });

  it('joins the cited summary with single spaces; uncited sentences carry no marker', () => {
    expect(summaryWithMarkers(event)).toBe(
      'The draft fails.[1][2] Nobody says why. Reuters adds a detail.[3]',
    );
    expect(citedText(event, [])).toBe('');
  });
});
