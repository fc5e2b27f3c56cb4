import { lazy, Suspense } from 'react';
import { Segmented } from '../../ui/segmented';
import { Timeline, type TimelineProps } from '../timeline';
import { offersOrientChoice, orientChoice, resolveOrient, type OrientMode } from './orient';
import { useNarrowScreen } from './use-narrow-screen';

// The vertical layout (with its virtualiser) is a phone's layout: loaded only where it is shown,
// so the desktop's first load does not carry it.
const VerticalTimeline = lazy(() =>
  import('./vertical-timeline').then((m) => ({ default: m.VerticalTimeline })),
);

const ORIENT_OPTIONS = [
  { value: 'vertical', label: 'Vertical' },
  { value: 'horizontal', label: 'Horizontal' },
] as const;

interface Props extends TimelineProps {
  orient: OrientMode;
  onOrient: (mode: OrientMode) => void;
}

/**
 * The timeline the way it reads best on this screen: top to bottom on a phone, left to right
 * above it, or as the reader chose (`orient.ts`). The choice is offered where it applies.
 */
export function OrientedTimeline({ orient, onOrient, ...props }: Props) {
  const narrow = useNarrowScreen();
  const shown = resolveOrient(orient, narrow);
  const choice = offersOrientChoice(orient, narrow) ? (
    <Segmented
      label="Timeline direction"
      options={ORIENT_OPTIONS}
      value={shown}
      onChange={(v) => onOrient(orientChoice(v, narrow))}
    />
  ) : null;
  if (shown === 'vertical') {
    return (
      <Suspense fallback={<p className="loading">Loading the timeline…</p>}>
        <VerticalTimeline {...props} orientChoice={choice} />
      </Suspense>
    );
  }
  return (
    <>
      {choice && <div className="orient-bar">{choice}</div>}
      <Timeline {...props} />
    </>
  );
}
