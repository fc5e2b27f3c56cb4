import { describe, expect, it } from 'vitest';
import { numberSources } from './footnotes';
import { makeEvent } from './test-events';

const src = (id: string, url: string) => ({
  id,
  publisher: 'P',
  title: id,
  url,
  kind: 'press' as const,
});

describe('numberSources', () => {
  it('numbers sources in order of first citation and shares a number between events', () => {
    const events = [
      makeEvent({ id: 'a', sources: [src('x', 'https://x'), src('y', 'https://y')] }),
      makeEvent({ id: 'b', sources: [src('y2', 'https://y'), src('z', 'https://z')] }),
    ];
    const { notes, refs } = numberSources(events);
    expect(notes.map((n) => n.url)).toEqual(['https://x', 'https://y', 'https://z']);
    expect(refs.get('a')).toEqual([1, 2]);
    expect(refs.get('b')).toEqual([2, 3]);
  });

  it('lists a number once per event even if the event cites the URL twice', () => {
    const { refs } = numberSources([
      makeEvent({ id: 'a', sources: [src('x', 'https://x'), src('x2', 'https://x')] }),
    ]);
    expect(refs.get('a')).toEqual([1]);
  });
});
