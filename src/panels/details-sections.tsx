/** The sections of the details panel, each small and fed only what it shows. */
import type { Dataset } from '../domain/validate';
import type { StanceEvent } from '../domain/schema';
import { RELATION_LABEL, ROLE_LABEL } from '../domain/labels';
import { formatEventDate } from '../domain/dates';
import { ExternalLink } from '../ui/external-link';
import { safeHttpUrl } from '../domain/safe-url';
import { footnotesFor } from '../domain/footnotes';
import { CitedSentences, FootnoteMarkers } from './cited-text';

export function ActorList({ event, dataset }: { event: StanceEvent; dataset: Dataset }) {
  return (
    <ul className="actor-list">
      {event.actors.map((ref) => {
        const actor = dataset.actorById.get(ref.actor);
        return (
          <li key={`${ref.actor}-${ref.role}`}>
            <span className="actor-name">{actor?.name ?? ref.actor}</span>
            {actor?.title && <span className="muted">, {actor.title}</span>}
            <span className="role"> — {ROLE_LABEL[ref.role]}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function QuoteList({ event, dataset }: { event: StanceEvent; dataset: Dataset }) {
  if (event.quotes.length === 0) return null;
  return (
    <section aria-labelledby="details-quotes">
      <h3 id="details-quotes">In their words</h3>
      {event.quotes.map((quote, i) => {
        const source = event.sources.find((s) => s.id === quote.source);
        const speaker = dataset.actorById.get(quote.speaker)?.name ?? quote.speaker;
        return (
          <figure key={i} className="quote">
            <blockquote cite={safeHttpUrl(source?.url) ?? undefined}>
              <p>“{quote.text}”</p>
            </blockquote>
            <figcaption>
              — {speaker}
              {quote.context && <>, {quote.context}</>}
              {source && (
                <>
                  {' '}
                  (<ExternalLink href={source.url}>{source.publisher}</ExternalLink>)
                </>
              )}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

export function ShiftList({ event, dataset }: { event: StanceEvent; dataset: Dataset }) {
  if (event.shifts.length === 0) return null;
  return (
    <section aria-labelledby="details-shifts">
      <h3 id="details-shifts">Stance shifts</h3>
      <p className="muted small">
        An editorial assessment by the dataset’s authors, not a fact reported by the sources.
      </p>
      <ul className="shift-list">
        {event.shifts.map((shift) => {
          const dim = dataset.meta.dimensions.find((d) => d.id === shift.dimension);
          const level = dim?.levels.find((l) => l.value === shift.level);
          return (
            <li key={shift.dimension}>
              <strong>{dim?.name ?? shift.dimension}:</strong> {level?.label ?? shift.level}
              <p>
                {shift.rationale}
                <FootnoteMarkers
                  eventId={event.id}
                  footnotes={footnotesFor(event, shift.cite ?? [])}
                />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

interface Related {
  id: string;
  label: string;
}

/** Relations both ways: what this event points at, and what points at it. */
export function relatedEvents(event: StanceEvent, dataset: Dataset): Related[] {
  const out = event.relations.map((r) => ({ id: r.target, label: RELATION_LABEL[r.type].out }));
  const incoming = dataset.events.flatMap((other) =>
    other.relations
      .filter((r) => r.target === event.id)
      .map((r) => ({ id: other.id, label: RELATION_LABEL[r.type].in })),
  );
  return [...out, ...incoming];
}

export function RelatedList({
  event,
  dataset,
  onSelect,
}: {
  event: StanceEvent;
  dataset: Dataset;
  onSelect: (id: string) => void;
}) {
  const related = relatedEvents(event, dataset);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="details-related">
      <h3 id="details-related">Related events</h3>
      <ul className="related-list">
        {related.map(({ id, label }) => {
          const other = dataset.eventById.get(id);
          if (!other) return null;
          return (
            <li key={`${label}-${id}`}>
              <span className="muted">{label}: </span>
              <button type="button" className="btn link" onClick={() => onSelect(id)}>
                {other.title}
              </button>{' '}
              <span className="muted small">({formatEventDate(other)})</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function CaveatList({ event }: { event: StanceEvent }) {
  if (event.caveats.length === 0 && !event.dateNote) return null;
  return (
    <section aria-labelledby="details-caveats" className="caveats">
      <h3 id="details-caveats">Caveats</h3>
      <ul>
        {event.dateNote && <li>{event.dateNote}</li>}
        {event.caveats.map((c, i) => (
          <li key={i}>
            <CitedSentences event={event} sentences={[c]} />
          </li>
        ))}
      </ul>
    </section>
  );
}
