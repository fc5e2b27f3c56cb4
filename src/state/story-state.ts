/**
 * Stories as view states: what the page shows at a story's step, and how a link that names a
 * story is checked against the dataset. Pure, so that "a link opens the right step" is
 * decided in one tested place.
 */
import type { Story, StoryStep } from '../domain/schema';
import { normalizeViewState, type ViewState } from './view-state';

/**
 * The view at a step: its window, filters and open event, everything else the step does not
 * name at its default. What the reader chose about how to look (dataset, list or timeline,
 * lanes, dimming, expanded groups, embed mode, a comparison) is kept.
 */
export function stepViewState(base: ViewState, story: Story, step: number): ViewState {
  const index = Math.min(Math.max(1, Math.trunc(step)), story.steps.length);
  const view = (story.steps[index - 1] as StoryStep).view;
  return normalizeViewState({
    ...base,
    story: story.id,
    step: index,
    from: view.from ?? null,
    to: view.to ?? null,
    actors: view.actors ?? [],
    types: view.types ?? [],
    tags: view.tags ?? [],
    q: '',
    since: null,
    until: null,
    event: view.event ?? null,
  });
}

/** True when a view names nothing a step would set: no window, filter or open event. */
function namesNoView(s: ViewState): boolean {
  return (
    s.from === null &&
    s.to === null &&
    s.actors.length === 0 &&
    s.types.length === 0 &&
    s.tags.length === 0 &&
    s.q === '' &&
    s.since === null &&
    s.until === null &&
    s.event === null
  );
}

/**
 * Checks a linked story against the dataset's stories: an unknown story is dropped, a step past
 * the end opens the last one, each with a warning. A bare story link (`?story=x&step=3`) opens
 * the step's view; a link that also names a window, filters or an event keeps them, because
 * every parameter of a link applies (it is how a reader who moved away from the step shares
 * what they see). Returns the very same object when nothing changes.
 */
export function reconcileStory(
  state: ViewState,
  stories: readonly Story[],
): { state: ViewState; warnings: string[] } {
  if (state.story === null) return { state, warnings: [] };
  const story = stories.find((s) => s.id === state.story);
  if (!story) {
    return {
      state: { ...state, story: null, step: null },
      warnings: [`Ignored unknown story "${state.story}"`],
    };
  }
  const warnings: string[] = [];
  let step = state.step ?? 1;
  if (step > story.steps.length) {
    warnings.push(
      `Story "${story.id}" has ${story.steps.length} steps; showing the last one instead of step ${step}`,
    );
    step = story.steps.length;
  }
  if (namesNoView(state)) return { state: stepViewState(state, story, step), warnings };
  if (step === state.step) return { state, warnings };
  return { state: { ...state, step }, warnings };
}
