import { useEffect, useRef } from 'react';
import type { Story } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { formatEventDate } from '../domain/dates';
import { ExternalLink } from '../ui/external-link';

interface Props {
  dataset: Dataset;
  story: Story;
  /** 1-based. */
  step: number;
  onStep: (step: number) => void;
  onLeave: () => void;
  onOpenEvent: (id: string) => void;
  /** Move focus to the story's heading: when a reader starts it here, not when a link opens it. */
  focusOnOpen: boolean;
}

/**
 * A story, one step at a time: the caption (announced politely when it changes), the events it
 * rests on with their sources, Previous/Next (← / → are the page's, use-story-keys.ts), and a
 * way out that leaves the view where it is.
 */
export function StoryPanel({
  dataset,
  story,
  step,
  onStep,
  onLeave,
  onOpenEvent,
  focusOnOpen,
}: Props) {
  const count = story.steps.length;
  const current = story.steps[step - 1] ?? story.steps[0]!;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [story.id, focusOnOpen]);

  return (
    <section className="guided story" aria-labelledby="story-title">
      <div className="guided-head">
        <h2 id="story-title" ref={headingRef} tabIndex={-1}>
          <span className="guided-kicker">Story</span> {story.title}
        </h2>
        <button type="button" className="btn" onClick={onLeave}>
          Leave story
        </button>
      </div>
      <div className="story-nav">
        <button type="button" className="btn" disabled={step <= 1} onClick={() => onStep(step - 1)}>
          ‹ Previous step
        </button>
        <p className="story-count" aria-hidden="true">
          {step} / {count}
        </p>
        <button
          type="button"
          className="btn primary"
          disabled={step >= count}
          onClick={() => onStep(step + 1)}
        >
          Next step ›
        </button>
      </div>
      <div className="story-caption" aria-live="polite" aria-atomic="true">
        <p className="story-step-label">
          Step {step} of {count}
        </p>
        <p>{current.caption}</p>
      </div>
      <ul className="story-events" aria-label="Events this step rests on">
        {current.events.map((id) => {
          const event = dataset.eventById.get(id);
          if (!event) return null;
          return (
            <li key={id}>
              <button type="button" className="btn link" onClick={() => onOpenEvent(id)}>
                {event.title}
              </button>{' '}
              <span className="muted small">({formatEventDate(event)})</span>
              <span className="small muted story-sources">
                {' '}
                Sources:{' '}
                {event.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ', '}
                    <ExternalLink href={s.url}>{s.publisher}</ExternalLink>
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="small muted">
        ← / → step through the story. Stance levels shown with it are an editorial assessment.
      </p>
    </section>
  );
}
