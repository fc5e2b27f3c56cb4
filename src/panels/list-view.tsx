import { useMemo, useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { compareEvents, formatEventDate } from '../domain/dates';
import { TYPE_LABEL } from '../domain/labels';
import { Highlight } from './highlight';
import { PlainCitedSentences } from './cited-text';
import { MatchNote } from './match-note';
import { highlightRanges } from '../selectors/search';

interface Props {
  dataset: Dataset;
  events: readonly StanceEvent[];
  selected: string | null;
  query: string;
  onSelect: (id: string) => void;
}

/**
 * The same visible events as the timeline, as a real table: the text alternative to the chart
 * and the quickest way to scan, sort and open events by keyboard or screen reader.
 */
export function ListView({ dataset, events, selected, query, onSelect }: Props) {
  const actorsText = (event: StanceEvent) =>
    event.actors
      .map(
        (a) =>
          dataset.actorById.get(a.actor)?.shortName ??
          dataset.actorById.get(a.actor)?.name ??
          a.actor,
      )
      .join(', ');
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => {
    const sorted = [...events].sort(compareEvents);
    return descending ? sorted.reverse() : sorted;
  }, [events, descending]);

  return (
    <div className="list-view">
      <table className="event-table" id="event-list" tabIndex={-1}>
        <caption className="visually-hidden">
          Visible events, sorted by date {descending ? 'newest first' : 'oldest first'}
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button
                type="button"
                className="btn link sort"
                onClick={() => setDescending((d) => !d)}
              >
                Date <span aria-hidden="true">{descending ? '▼' : '▲'}</span>
              </button>
            </th>
            <th scope="col">Event</th>
            <th scope="col">Type</th>
            <th scope="col">Actors</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id} aria-current={event.id === selected ? 'true' : undefined}>
              <td className="nowrap">
                <time dateTime={event.date}>{formatEventDate(event)}</time>
              </td>
              <td>
                <button
                  type="button"
                  className="btn link row-open"
                  data-event-id={event.id}
                  onClick={() => onSelect(event.id)}
                >
                  <Highlight text={event.title} query={query} />
                </button>
                <p className="list-summary">
                  <PlainCitedSentences event={event} sentences={event.summary} query={query} />
                </p>
                <MatchNote
                  event={event}
                  dataset={dataset}
                  query={query}
                  shown={rowShows(actorsText(event), query)}
                />
              </td>
              <td>{TYPE_LABEL[event.type]}</td>
              <td className="actors-cell">
                <Highlight text={actorsText(event)} query={query} />
              </td>
              <td className="num">{event.sources.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a row shows of a match already: title and summary, and its actors when they match. */
function rowShows(actors: string, query: string): ('title' | 'summary' | 'actor')[] {
  return highlightRanges(actors, query).length > 0
    ? ['title', 'summary', 'actor']
    : ['title', 'summary'];
}
