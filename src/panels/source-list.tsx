/**
 * The event's sources as a numbered list whose numbers are the footnote numbers. Each item can
 * take focus (a footnote marker sends it there), and says in words what kind of source it is.
 */
import type { StanceEvent } from '../domain/schema';
import { formatEventDate } from '../domain/dates';
import { eventFootnotes } from '../domain/footnotes';
import { SOURCE_KIND_LABEL, originalText } from '../domain/sources';
import { sourceItemId } from './cited-text';
import { Highlight } from './highlight';
import { ExternalLink } from '../ui/external-link';

export function SourceList({ event, query = '' }: { event: StanceEvent; query?: string }) {
  return (
    <section aria-labelledby="details-sources">
      <h3 id="details-sources">Sources</h3>
      {event.sources.length === 0 && (
        <p className="small">
          <strong>No source.</strong> The file this record was converted from gives none for this
          event.
        </p>
      )}
      <ol className="source-list">
        {eventFootnotes(event).map(({ number, source: s }) => (
          <li key={s.id} id={sourceItemId(event.id, s.id)} tabIndex={-1}>
            {/* The list already announces "1 of 3"; the bracket echoes the marker visually. */}
            <span className="source-number" aria-hidden="true">
              [{number}]
            </span>
            <span className="source-body">
              <ExternalLink href={s.url}>
                <Highlight text={s.title} query={query} />
              </ExternalLink>
              <span className="source-meta">
                <span className={`source-kind kind-${s.kind}`}>{SOURCE_KIND_LABEL[s.kind]}</span>
                {' · '}
                <Highlight text={s.publisher} query={query} />
                {s.date && (
                  <>
                    {' · '}
                    <time dateTime={s.date}>{formatEventDate({ date: s.date })}</time>
                  </>
                )}
              </span>
              {s.kind === 'mirror' && s.original && (
                <span className="source-original">
                  Original: <Highlight text={originalText(s.original)} query={query} />
                </span>
              )}
              {s.note && (
                <span className="source-note">
                  <Highlight text={s.note} query={query} />
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
