/** The sections of the details panel, each small and fed only what it shows. */
import type { Dataset } from '../domain/validate';
import type { StanceEvent } from '../domain/schema';
import { ROLE_LABEL } from '../domain/record-labels';
import { formatEventDate } from '../domain/dates';
import { ExternalLink } from '../ui/external-link';
import { safeHttpUrl } from '../domain/safe-url';
import { footnotesFor } from '../domain/footnotes';
import { relatedEvents } from '../domain/relations';
import { CitedSentences, FootnoteMarkers } from './cited-text';
import { Highlight } from './highlight';

// The timeline draws the same relations as arcs and still reads them from here.
export { relatedEvents };

/** What every section gets: the event, the dataset for names, and the search to mark. */
interface SectionProps {
  event: StanceEvent;
  dataset: Dataset;
  query: string;
}

export function ActorList({ event, dataset, query }: SectionProps) {
  return (
    <ul className="actor-list">
      {event.actors.map((ref) => {
        const actor = dataset.actorById.get(ref.actor);
        return (
          <li key={`${ref.actor}-${ref.role}`}>
            <span className="actor-name">
              <Highlight text={actor?.name ?? ref.actor} query={query} />
            </span>
            {actor?.title && (
              <span className="muted">
                , <Highlight text={actor.title} query={query} />
              </span>
            )}
            <span className="role"> — {ROLE_LABEL[ref.role]}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function QuoteList({ event, dataset, query }: SectionProps) {
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
              <p>
                “<Highlight text={quote.text} query={query} />”
              </p>
            </blockquote>
            <figcaption>
              — <Highlight text={speaker} query={query} />
              {quote.context && (
                <>
                  , <Highlight text={quote.context} query={query} />
                </>
              )}
              {source && (
                <>
                  {' '}
                  (
                  <ExternalLink href={source.url}>
                    <Highlight text={source.publisher} query={query} />
                  </ExternalLink>
                  )
                  <FootnoteMarkers
                    eventId={event.id}
                    footnotes={footnotesFor(event, [quote.source])}
                  />
                </>
              )}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

export function ShiftList({ event, dataset, query }: SectionProps) {
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
                <Highlight text={shift.rationale} query={query} />
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

/**
 * Relations both ways, each in words that give its type and direction ("Responds to: …",
 * "Responded to by: …"), with the relation's note. Titles wrap: a long title never widens the
 * panel.
 */
export function RelatedList({
  event,
  dataset,
  query,
  onSelect,
}: SectionProps & { onSelect: (id: string) => void }) {
  const related = relatedEvents(event, dataset).filter((r) => dataset.eventById.has(r.id));
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="details-related">
      <h3 id="details-related">Related events</h3>
      <ul className="related-list">
        {related.map(({ id, label, direction, type, note }) => {
          const other = dataset.eventById.get(id)!;
          return (
            <li key={`${direction}-${type}-${id}`}>
              <span className="relation">{label}:</span>{' '}
              <button type="button" className="btn link related-open" onClick={() => onSelect(id)}>
                {other.title}
              </button>{' '}
              <span className="muted small nowrap">({formatEventDate(other)})</span>
              {note && (
                <span className="relation-note small muted">
                  <Highlight text={note} query={query} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function CaveatList({ event, query }: Omit<SectionProps, 'dataset'>) {
  if (event.caveats.length === 0 && !event.dateNote) return null;
  return (
    <section aria-labelledby="details-caveats" className="caveats">
      <h3 id="details-caveats">Caveats</h3>
      <ul>
        {event.dateNote && (
          <li>
            <Highlight text={event.dateNote} query={query} />
          </li>
        )}
        {event.caveats.map((c, i) => (
          <li key={i}>
            <CitedSentences event={event} sentences={[c]} query={query} />
          </li>
        ))}
      </ul>
    </section>
  );
}
