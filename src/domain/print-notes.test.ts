import { describe, expect, it } from 'vitest';
import { numberSources, sentenceNotes } from './print-notes';
import { makeEvent } from './test-events';

const src = (id: string, url: string) => ({
  id,
  publisher: 'P',
  title: id,
  url,
  kind: 'press' as const,
});

describe('numberSources', () => {
  it('numbers sources in order of first appearance and shares a number between events', () => {
    const events = [
      makeEvent({ id: 'a', sources: [src('x', 'https://x'), src('y', 'https://y')] }),
      makeEvent({ id: 'b', sources: [src('y2', 'https://y'), src('z', 'https://z')] }),
    ];
    const { notes, refs } = numberSources(events);
    expect(notes.map((n) => n.url)).toEqual(['https://x', 'https://y', 'https://z']);
    expect(refs.get('a')).toEqual([1, 2]);
    expect(refs.get('b')).toEqual([2, 3]);
  });
});

describe('sentenceNotes', () => {
  const event = makeEvent({
    sources: [src('x', 'https://x'), src('y', 'https://y'), src('w', 'https://w')],
  });
  it('maps cited source ids to their notes, ascending and once each', () => {
    expect(sentenceNotes(event, [4, 2, 7], ['w', 'x', 'w'])).toEqual([4, 7]);
  });
  it('cites every source of the event when a sentence names none', () => {
    expect(sentenceNotes(event, [4, 2, 2], [])).toEqual([2, 4]);
  });
  it('skips ids that name no source', () => {
    expect(sentenceNotes(event, [1, 2, 3], ['nope', 'y'])).toEqual([2]);
  });
});
