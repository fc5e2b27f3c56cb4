import { useEffect, useRef } from 'react';
import type { Dataset } from '../domain/validate';
import { TYPE_LABEL } from '../domain/labels';
import { formatEventDate, formatTimeOfDay } from '../domain/dates';
import { Highlight } from './highlight';
import { EventLinkMenu } from './event-link-menu';
import { CiteEvent } from './cite-event';
import { ActorList, CaveatList, QuoteList, RelatedList, ShiftList } from './details-sections';
import { CitedSentences } from './cited-text';
import { SourceList } from './source-list';
import { VoteSection } from './vote-section';

interface Props {
  dataset: Dataset;
  eventId: string;
  /** Chronological ids the previous/next buttons walk through (the visible events). */
  order: readonly string[];
  onSelect: (id: string) => void;
  onClose: () => void;
  onShare: (id: string) => void;
  /** Shares the event's static preview page, which unfurls in chats. */
  onSharePreview: (id: string) => void;
  /** Absolute link that opens an event, for its citation. */
  eventUrl: (id: string) => string;
  onCopy: (text: string, what: string) => void;
  /** Move focus to the heading when the panel opens on a reader's request. */
  focusOnOpen: boolean;
  /** The search, whose matches are marked wherever the panel shows them. */
  query: string;
}

/**
 * The "Event details" landmark. Its first heading is the event's title, so a screen reader's
 * heading navigation lands on what was opened; the live region elsewhere announces only that.
 */
export function EventDetails({
  dataset,
  eventId,
  order,
  onSelect,
  onClose,
  onShare,
  onSharePreview,
  eventUrl,
  onCopy,
  focusOnOpen,
  query,
}: Props) {
  const event = dataset.eventById.get(eventId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [eventId, focusOnOpen]);

  if (!event) return null;
  const at = order.indexOf(eventId);
  const prev = at > 0 ? order[at - 1] : undefined;
  const next = at >= 0 && at < order.length - 1 ? order[at + 1] : undefined;

  return (
    <aside
      className="details"
      aria-label="Event details"
      data-overlays-chart=""
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="details-bar">
        <button
          type="button"
          className="btn"
          disabled={!prev}
          onClick={() => prev && onSelect(prev)}
        >
          ‹ Previous
        </button>
        <button
          type="button"
          className="btn"
          disabled={!next}
          onClick={() => next && onSelect(next)}
        >
          Next ›
        </button>
        <span className="spacer" />
        <EventLinkMenu
          onShareLink={() => onShare(event.id)}
          onSharePreview={() => onSharePreview(event.id)}
        />
        <button type="button" className="btn icon" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="details-body">
        <h2 ref={headingRef} tabIndex={-1}>
          <Highlight text={event.title} query={query} />
        </h2>
        <p className="details-meta">
          <time dateTime={event.end ? `${event.date}/${event.end}` : event.date}>
            {formatEventDate(event)}
          </time>
          {event.time && (
            <span>
              {' '}
              · {formatTimeOfDay(event.time)}
              {event.timeZone && ` (${event.timeZone.replace('_', ' ')})`}
            </span>
          )}
          {event.precision !== 'day' && <span className="muted"> · exact day not known</span>}
          <span className="type-badge">{TYPE_LABEL[event.type]}</span>
        </p>
        <p className="summary">
          <CitedSentences event={event} sentences={event.summary} query={query} />
        </p>
        <ActorList event={event} dataset={dataset} query={query} />
        <QuoteList event={event} dataset={dataset} query={query} />
        <VoteSection event={event} dataset={dataset} query={query} />
        <ShiftList event={event} dataset={dataset} query={query} />
        <RelatedList event={event} dataset={dataset} query={query} onSelect={onSelect} />
        <CaveatList event={event} query={query} />
        <SourceList event={event} query={query} />
        <CiteEvent event={event} meta={dataset.meta} url={eventUrl(event.id)} onCopy={onCopy} />
      </div>
    </aside>
  );
}
