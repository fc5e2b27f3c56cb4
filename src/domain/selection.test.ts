import { describe, expect, it } from 'vitest';
import { selectEvents } from './selection';
import { validateDatasetValues } from './validate';
import { makeDatasetFiles } from './test-fixtures';

function fixture() {
  const files = makeDatasetFiles();
  const result = validateDatasetValues(files);
  if (!result.ok) throw new Error('fixture is invalid');
  return result.dataset;
}

describe('selectEvents', () => {
  it('keeps the chosen events in chronological order and drops relations leaving them', () => {
    const dataset = fixture();
    const withRelation = dataset.events.find((e) => e.relations.length > 0);
    expect(withRelation).toBeDefined();
    const parts = selectEvents(dataset, [withRelation!]);
    expect(parts.events.map((e) => e.id)).toEqual([withRelation!.id]);
    expect(parts.events[0]!.relations).toEqual([]);
  });

  it('gives a dataset that passes validation, whatever the selection', () => {
    const dataset = fixture();
    for (let i = 0; i < dataset.events.length; i += 1) {
      const chosen = dataset.events.filter((_, j) => j !== i);
      const parts = selectEvents(dataset, chosen);
      const result = validateDatasetValues({
        'dataset.json': parts.meta,
        'actors.json': { groups: parts.groups, actors: parts.actors },
        'events.json': { events: parts.events },
      });
      expect(result.ok).toBe(true);
    }
  });

  it('drops a story that rests on an event left out, keeps one that does not', () => {
    const dataset = fixture();
    const [first, second] = dataset.events;
    const meta = {
      ...dataset.meta,
      stories: [
        { id: 'one', title: 'One', steps: [{ caption: 'c', events: [first!.id], view: {} }] },
        { id: 'two', title: 'Two', steps: [{ caption: 'c', events: [second!.id], view: {} }] },
      ],
    };
    const parts = selectEvents({ ...dataset, meta }, [first!]);
    expect(parts.meta.stories?.map((s) => s.id)).toEqual(['one']);
  });
});
