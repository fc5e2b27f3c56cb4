import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { FIELD_LABEL, matchSnippets, type FieldKind } from '../selectors/search-text';
import { Highlight } from './highlight';

/**
 * Under a list row found by a search: where the match is when the row itself does not show it
 * ("Source: Associated Press", "Caveat: … sources disagree …"), marked like the rest.
 */
export function MatchNote({
  event,
  dataset,
  query,
  shown,
}: {
  event: StanceEvent;
  dataset: Dataset;
  query: string;
  /** The fields the row already shows, with the match marked. */
  shown: readonly FieldKind[];
}) {
  if (!query.trim()) return null;
  const snippets = matchSnippets(event, dataset.actorById, query, { shown });
  if (snippets.length === 0) return null;
  return (
    <ul className="match-note" aria-label="Also matches in">
      {snippets.map((s, i) => (
        <li key={i}>
          <span className="match-field">{FIELD_LABEL[s.kind]}:</span>{' '}
          <Highlight text={s.text} query={query} />
        </li>
      ))}
    </ul>
  );
}
