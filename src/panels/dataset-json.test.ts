import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetJson } from './dataset-json';
import { validateBundleText } from '../domain/bundle';
import { validateDatasetValues } from '../domain/validate';
import { makeDatasetFiles } from '../domain/test-fixtures';

function fixture() {
  const files = makeDatasetFiles();
  const events = files['events.json'].events;
  const meta = {
    ...files['dataset.json'],
    stories: [
      {
        id: 'walk',
        title: 'Walk',
        steps: [{ caption: 'One.', events: [events[0]!.id], view: {} }],
      },
    ],
  };
  const result = validateDatasetValues({ ...files, 'dataset.json': meta });
  if (!result.ok) throw new Error('fixture is invalid');
  return result.dataset;
}

describe('datasetJson', () => {
  it('writes a bundle that validates, for all events and for any one left out', () => {
    const dataset = fixture();
    const all = validateBundleText(datasetJson(dataset, dataset.events), 'all.json');
    expect(all.ok).toBe(true);
    for (const left of dataset.events) {
      const some = dataset.events.filter((e) => e !== left);
      const result = validateBundleText(datasetJson(dataset, some), 'some.json');
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.dataset.events).toHaveLength(some.length);
    }
  });

  it('keeps a story only while its events are in the selection', () => {
    const dataset = fixture();
    const first = dataset.events[0]!;
    const parse = (text: string) => JSON.parse(text) as { dataset: { stories?: unknown[] } };
    expect(parse(datasetJson(dataset, [first])).dataset.stories).toHaveLength(1);
    expect(parse(datasetJson(dataset, dataset.events.slice(1))).dataset.stories).toHaveLength(0);
  });

  it('keeps quotes, commas, line breaks and any Unicode in the text exactly', () => {
    const dataset = fixture();
    const awkward = fc
      .string({ unit: 'grapheme', minLength: 1 })
      // Ends in a letter: the validator trims the ends of every text, as it should.
      .map((t) => `"${t}", \n\r\t\\ ${t} end`);
    fc.assert(
      fc.property(awkward, awkward, (title, publisher) => {
        const [first, ...rest] = dataset.events;
        const event = {
          ...first!,
          title,
          sources: first!.sources.map((src) => ({ ...src, publisher, title: `${publisher} ☃ 𝄞` })),
        };
        const result = validateBundleText(
          datasetJson(dataset, [event, ...rest]),
          'awkward.stanceline.json',
        );
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (!result.ok) return;
        const back = result.dataset.eventById.get(event.id)!;
        expect(back.title).toBe(title);
        expect(back.sources.map((src) => src.publisher)).toEqual(
          event.sources.map(() => publisher),
        );
        expect(back.sources[0]!.title).toBe(`${publisher} ☃ 𝄞`);
      }),
      { numRuns: 60 },
    );
  });
});
