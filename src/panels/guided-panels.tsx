import { lazy, Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { getViewState, useViewStore, viewStore } from '../state/view-store';
import { compareDays, compareValue } from '../state/view-state';
import { stepViewState } from '../state/story-state';
import { Toolbar } from '../ui/toolbar';
import { useStoryKeys } from './use-story-keys';

// Open only when a story or a comparison is: loaded then, not with the first view.
const StoryPanel = lazy(() => import('./story-panel').then((m) => ({ default: m.StoryPanel })));
const ComparePanel = lazy(() =>
  import('./compare-panel').then((m) => ({ default: m.ComparePanel })),
);

interface Props {
  dataset: Dataset;
  extent: [string, string];
  onOpenEvent: (id: string) => void;
  onCopy: (text: string, what: string) => void;
}

/**
 * The dataset's stories and the date comparison: a line of buttons that start them, and their
 * panels while they are open. Both live in the link (`story`/`step`, `compare`), so they drive
 * the page through the view store only.
 */
/** Focus goes back to the button that started a panel when the panel closes under it. */
function refocus(launch: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`[data-launch="${CSS.escape(launch)}"]`)?.focus(),
  );
}

export function GuidedPanels({ dataset, extent, onOpenEvent, onCopy }: Props) {
  const s = useViewStore(
    useShallow((v) => ({
      story: v.story,
      step: v.step,
      compare: v.compare,
      from: v.from,
      to: v.to,
    })),
  );
  const setState = useViewStore((v) => v.setState);
  const stories = dataset.meta.stories ?? [];
  const story = stories.find((x) => x.id === s.story);
  const days = compareDays(s.compare);
  const [started, setStarted] = useState(false);

  const goTo = (id: string, step: number) => {
    const target = stories.find((x) => x.id === id);
    if (target)
      viewStore.getState().replaceAll(stepViewState(getViewState(viewStore), target, step));
  };
  useStoryKeys(
    story !== undefined && s.step !== null,
    story?.steps.length ?? 0,
    () => viewStore.getState().step,
    (n) => story && goTo(story.id, n),
  );
  const openCompare = () =>
    setState({ compare: compareValue(s.from ?? extent[0], s.to ?? extent[1]) });

  return (
    <>
      {/* One Tab stop for the entry points, arrows between them. */}
      {((!story && stories.length > 0) || (!days && dataset.meta.dimensions.length > 0)) && (
        <Toolbar label="Stories and comparison" className="guided-tools">
          {!story &&
            stories.map((x) => (
              <button
                key={x.id}
                type="button"
                className="btn"
                data-launch={`story-${x.id}`}
                onClick={() => {
                  setStarted(true);
                  goTo(x.id, 1);
                }}
              >
                <span aria-hidden="true">▶</span> Story: {x.title}
              </button>
            ))}
          {!days && dataset.meta.dimensions.length > 0 && (
            <button type="button" className="btn" data-launch="compare" onClick={openCompare}>
              Compare two dates
            </button>
          )}
        </Toolbar>
      )}
      <Suspense fallback={null}>
        {story && s.step !== null && (
          <StoryPanel
            dataset={dataset}
            story={story}
            step={s.step}
            onStep={(n) => goTo(story.id, n)}
            onLeave={() => {
              setStarted(false);
              setState({ story: null, step: null });
              refocus(`story-${story.id}`);
            }}
            onOpenEvent={onOpenEvent}
            focusOnOpen={started}
          />
        )}
        {days && (
          <ComparePanel
            dataset={dataset}
            days={days}
            extent={extent}
            onChange={(compare) => setState({ compare })}
            onClose={() => {
              setState({ compare: null });
              refocus('compare');
            }}
            onOpenEvent={onOpenEvent}
            onCopy={onCopy}
          />
        )}
      </Suspense>
    </>
  );
}
