import { describe, expect, it } from 'vitest';
import { reconcileStory, stepViewState } from './story-state';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';
import type { Story } from '../domain/schema';

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });
const story: Story = {
  id: 'walk',
  title: 'A walk',
  steps: [
    { caption: 'One.', events: ['a'], view: { from: '2023-10-01', to: '2023-12-31', event: 'a' } },
    { caption: 'Two.', events: ['b'], view: { actors: ['russia'], types: ['veto'] } },
    { caption: 'Three.', events: ['c'], view: { to: '2024-06-30' } },
  ],
};

describe('stepViewState', () => {
  it('sets the step’s window, filters and open event, and clears what it does not name', () => {
    const base = view({ q: 'old', since: '2024-01-01', actors: ['x'], event: 'z', view: 'list' });
    expect(stepViewState(base, story, 1)).toEqual(
      view({
        story: 'walk',
        step: 1,
        from: '2023-10-01',
        to: '2023-12-31',
        event: 'a',
        view: 'list',
      }),
    );
    expect(stepViewState(base, story, 2)).toEqual(
      view({ story: 'walk', step: 2, actors: ['russia'], types: ['veto'], view: 'list' }),
    );
  });

  it('keeps how the reader looks: lanes, dimming, embed mode, a comparison', () => {
    const base = view({
      lanes: 'type',
      filtered: 'dim',
      embed: true,
      compare: '2024-01-01..2024-02-01',
    });
    const s = stepViewState(base, story, 3);
    expect([s.lanes, s.filtered, s.embed, s.compare]).toEqual([
      'type',
      'dim',
      true,
      '2024-01-01..2024-02-01',
    ]);
    expect([s.from, s.to]).toEqual([null, '2024-06-30']);
  });

  it('clamps the step to the story', () => {
    expect(stepViewState(DEFAULT_VIEW_STATE, story, 9).step).toBe(3);
    expect(stepViewState(DEFAULT_VIEW_STATE, story, 0).step).toBe(1);
  });
});

describe('reconcileStory', () => {
  it('returns the same object when no story is named', () => {
    const s = view({ actors: ['a'] });
    expect(reconcileStory(s, [story]).state).toBe(s);
  });

  it('opens a bare story link at its step’s view', () => {
    const linked = view({ story: 'walk', step: 2 });
    expect(reconcileStory(linked, [story])).toEqual({
      state: stepViewState(linked, story, 2),
      warnings: [],
    });
  });

  it('keeps a window, filters or event that the link names itself', () => {
    const linked = view({ story: 'walk', step: 2, from: '2024-01-01', to: '2024-02-01' });
    const result = reconcileStory(linked, [story]);
    expect(result.state).toBe(linked);
  });

  it('drops an unknown story, with a warning', () => {
    expect(reconcileStory(view({ story: 'nope', step: 2, event: 'a' }), [story])).toEqual({
      state: view({ event: 'a' }),
      warnings: ['Ignored unknown story "nope"'],
    });
  });

  it('opens the last step for a step past the end, with a warning', () => {
    const result = reconcileStory(view({ story: 'walk', step: 7 }), [story]);
    expect(result.state.step).toBe(3);
    expect(result.state.to).toBe('2024-06-30');
    expect(result.warnings).toEqual([
      'Story "walk" has 3 steps; showing the last one instead of step 7',
    ]);
  });
});
