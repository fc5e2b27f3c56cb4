import { describe, expect, it } from 'vitest';
import { storyProblems } from './validate-stories';
import type { Story } from './schema';
import { validateDatasetValues } from './validate';
import { makeDatasetFiles } from './test-fixtures';

const refs = {
  events: new Set(['a', 'b']),
  actors: new Set(['blinken']),
  tags: new Set(['unsc']),
};
const story = (steps: Story['steps'], id = 's'): Story => ({ id, title: 'A story', steps });

describe('storyProblems', () => {
  it('accepts steps whose references all resolve', () => {
    const ok = story([
      {
        caption: 'One.',
        events: ['a'],
        view: { from: '2024-01-01', to: '2024-02-01', event: 'a' },
      },
      { caption: 'Two.', events: ['a', 'b'], view: { actors: ['blinken'], tags: ['unsc'] } },
    ]);
    expect(storyProblems([ok], refs)).toEqual([]);
  });

  it('names each unknown event, actor and tag with its path', () => {
    const bad = story([
      { caption: 'x', events: ['a', 'nope'], view: { actors: ['nobody'], tags: ['none'] } },
    ]);
    expect(storyProblems([bad], refs).map((p) => [p.path, p.message])).toEqual([
      ['stories[0].steps[0].events[1]', 'unknown event "nope"'],
      ['stories[0].steps[0].view.actors[0]', 'unknown actor "nobody"'],
      ['stories[0].steps[0].view.tags[0]', 'unknown tag "none"'],
    ]);
  });

  it('rejects an inverted or unreal window and an open event the caption does not cite', () => {
    const bad = story([
      { caption: 'x', events: ['a'], view: { from: '2024-03-01', to: '2024-02-01', event: 'b' } },
      { caption: 'y', events: ['a'], view: { from: '2023-02-29' } },
    ]);
    const messages = storyProblems([bad], refs).map((p) => p.message);
    expect(messages).toEqual([
      'the window ends (2024-02-01) before it starts (2024-03-01)',
      'the open event "b" is not among the step\'s events',
      '"2023-02-29" is not a real calendar day',
    ]);
  });

  it('rejects duplicate story ids', () => {
    const s = story([{ caption: 'x', events: ['a'], view: {} }]);
    expect(storyProblems([s, s], refs).map((p) => p.message)).toEqual(['duplicate story id "s"']);
  });
});

describe('validateDatasetValues with stories', () => {
  it('reports a story step that names a missing event', () => {
    const files = makeDatasetFiles();
    const meta = {
      ...files['dataset.json'],
      stories: [
        { id: 'walk', title: 'Walk', steps: [{ caption: 'c', events: ['gone'], view: {} }] },
      ],
    };
    const result = validateDatasetValues({ ...files, 'dataset.json': meta });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual(
        expect.objectContaining({ itemId: 'walk', message: 'unknown event "gone"' }),
      );
    }
  });
});
