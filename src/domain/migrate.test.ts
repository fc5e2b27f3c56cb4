import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateDataset, needsMigration, schemaVersionOf, type DatasetValues } from './migrate';
import { makeDatasetFiles } from './test-fixtures';
import { validateDatasetValues } from './validate';

/** A version 1 folder as authors wrote it: summary as one string, caveats as strings. */
function v1Files(): DatasetValues {
  const files = makeDatasetFiles();
  const meta: Record<string, unknown> = { ...files['dataset.json'], schemaVersion: 1 };
  delete meta.bodies;
  return {
    'dataset.json': meta,
    'actors.json': files['actors.json'],
    'events.json': {
      events: [
        {
          id: 'vetoed',
          date: '2024-03-22',
          type: 'veto',
          title: 'Russia and China veto the U.S. draft',
          summary: 'A U.S. text on a ceasefire fails.',
          significance: 3,
          actors: [{ actor: 'united-states', role: 'sponsor' }],
          sources: [
            {
              id: 'un',
              publisher: 'United Nations',
              title: 'SC/15637',
              url: 'https://press.un.org/en/2024/sc15637.doc.htm',
              kind: 'primary',
            },
          ],
          caveats: ['Reports differ on the hour.', 'A second caveat.'],
        },
        {
          id: 'no-caveats',
          date: '2024-03-23',
          type: 'statement',
          title: 'A statement',
          summary: 'Said.',
          significance: 1,
          actors: [{ actor: 'blinken', role: 'speaker' }],
          sources: [
            {
              id: 'p',
              publisher: 'P',
              title: 'T',
              url: 'https://example.org/',
              kind: 'mirror',
            },
          ],
        },
      ],
    },
  };
}

const eventsOf = (values: DatasetValues) =>
  (values['events.json'] as { events: Array<Record<string, unknown>> }).events;

describe('schemaVersionOf', () => {
  it('reads an integer version and nothing else', () => {
    expect(schemaVersionOf({ schemaVersion: 1 })).toBe(1);
    expect(schemaVersionOf({ schemaVersion: '1' })).toBeUndefined();
    expect(schemaVersionOf({ schemaVersion: 1.5 })).toBeUndefined();
    expect(schemaVersionOf({})).toBeUndefined();
    expect(schemaVersionOf(null)).toBeUndefined();
    expect(schemaVersionOf([1])).toBeUndefined();
  });
});

describe('needsMigration', () => {
  it('is true for version 1 only', () => {
    expect(needsMigration(v1Files())).toBe(true);
    expect(needsMigration(makeDatasetFiles())).toBe(false);
    expect(needsMigration({ 'dataset.json': { schemaVersion: 3 } })).toBe(false);
    expect(needsMigration({})).toBe(false);
  });
});

describe('migrateDataset', () => {
  it('turns a v1 summary into one uncited sentence and caveats into uncited sentences', () => {
    const out = migrateDataset(v1Files());
    expect(out['dataset.json']).toMatchObject({ schemaVersion: 2 });
    const [first, second] = eventsOf(out);
    expect(first?.summary).toEqual([{ text: 'A U.S. text on a ceasefire fails.', cite: [] }]);
    expect(first?.caveats).toEqual([
      { text: 'Reports differ on the hour.', cite: [] },
      { text: 'A second caveat.', cite: [] },
    ]);
    // Absent caveats stay absent (the schema's default fills them), and other fields are kept.
    expect(second).not.toHaveProperty('caveats');
    expect(second?.sources).toEqual(eventsOf(v1Files())[1]?.sources);
  });

  it('keeps everything else as it is, actors included', () => {
    const input = v1Files();
    const out = migrateDataset(input);
    expect(out['actors.json']).toBe(input['actors.json']);
    expect(out['dataset.json']).toEqual({
      ...(input['dataset.json'] as Record<string, unknown>),
      schemaVersion: 2,
    });
  });

  it('never changes its input', () => {
    const input = v1Files();
    const copy = structuredClone(input);
    migrateDataset(input);
    expect(input).toEqual(copy);
  });

  it('gives a v1 folder that then passes validation', () => {
    const result = validateDatasetValues(v1Files());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.meta.schemaVersion).toBe(2);
    expect(result.dataset.meta.bodies).toEqual([]);
    expect(result.dataset.eventById.get('vetoed')?.caveats[0]).toEqual({
      text: 'Reports differ on the hour.',
      cite: [],
    });
  });

  it('leaves the current version, newer versions and unversioned files alone', () => {
    const v2 = makeDatasetFiles();
    expect(migrateDataset(v2)).toBe(v2);
    const v3 = { 'dataset.json': { schemaVersion: 3 }, 'events.json': { events: [] } };
    expect(migrateDataset(v3)).toBe(v3);
    const none = { 'events.json': { events: [{ summary: 'x' }] } };
    expect(migrateDataset(none)).toBe(none);
  });

  it('leaves shapes it does not recognise for the schema to report', () => {
    const values: DatasetValues = {
      'dataset.json': { schemaVersion: 1 },
      'events.json': { events: [42, { summary: 7, caveats: 'not a list' }] },
    };
    expect(eventsOf(migrateDataset(values))).toEqual([42, { summary: 7, caveats: 'not a list' }]);
    expect(migrateDataset({ 'dataset.json': { schemaVersion: 1 }, 'events.json': [] })).toEqual({
      'dataset.json': { schemaVersion: 2 },
      'events.json': [],
    });
  });

  it('is idempotent on events already in the new form', () => {
    const once = migrateDataset(v1Files());
    const again = migrateDataset({
      ...once,
      'dataset.json': { ...(once['dataset.json'] as object), schemaVersion: 1 },
    });
    expect(eventsOf(again)).toEqual(eventsOf(once));
  });

  it('keeps every v1 summary and caveat word for word (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }),
        (summary, caveats) => {
          const out = migrateDataset({
            'dataset.json': { schemaVersion: 1 },
            'events.json': { events: [{ summary, caveats }] },
          });
          const [event] = eventsOf(out);
          expect(event?.summary).toEqual([{ text: summary, cite: [] }]);
          expect(event?.caveats).toEqual(caveats.map((text) => ({ text, cite: [] })));
        },
      ),
    );
  });
});
