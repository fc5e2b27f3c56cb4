import type { Ref } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { formatEventDate } from '../domain/dates';
import { TYPE_LABEL } from '../domain/labels';
import { Highlight } from './highlight';
import { PlainCitedSentences } from './cited-text';
import { MatchNote } from './match-note';
import { highlightRanges } from '../selectors/search';

interface Props {
  ref?: Ref<HTMLTableRowElement> | undefined;
  /** Position among all the rows, from 0; the header row is row 1 for assistive technology. */
  index: number;
  event: StanceEvent;
  dataset: Dataset;
  query: string;
  current: boolean;
  onSelect: (id: string) => void;
}

/** One event of the list view: date, title (a button that opens it), type, actors, sources. */
export function ListRow({ ref, index, event, dataset, query, current, onSelect }: Props) {
  const actorName = (id: string) =>
    dataset.actorById.get(id)?.shortName ?? dataset.actorById.get(id)?.name ?? id;
  const actors = event.actors.map((a) => actorName(a.actor)).join(', ');
  return (
    <tr
      ref={ref}
      data-index={index}
      aria-rowindex={index + 2}
      aria-current={current ? 'true' : undefined}
    >
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
        <MatchNote event={event} dataset={dataset} query={query} shown={rowShows(actors, query)} />
      </td>
      <td>{TYPE_LABEL[event.type]}</td>
      <td className="actors-cell">
        <Highlight text={actors} query={query} />
      </td>
      <td className="num">{event.sources.length}</td>
    </tr>
  );
}

/** What a row shows of a match already: title and summary, and its actors when they match. */
function rowShows(actors: string, query: string): ('title' | 'summary' | 'actor')[] {
  return highlightRanges(actors, query).length > 0
    ? ['title', 'summary', 'actor']
    : ['title', 'summary'];
}
