import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { compareEvents, formatEventDate } from '../domain/dates';
import { numberSources, sentenceNotes } from '../domain/print-notes';
import { TYPE_LABEL } from '../domain/labels';

/**
 * True while the page is being printed (or print media is emulated). The printout is only built
 * then, so a record of any size costs nothing on screen; `flushSync` makes sure it is in the DOM
 * before the browser lays out the pages.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const query = window.matchMedia('print');
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const onChange = () => set(query.matches);
    const before = () => set(true);
    const after = () => set(query.matches);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

interface Props {
  dataset: Dataset;
  /** The events that pass the filters. */
  events: readonly StanceEvent[];
  /** The active filters in words, e.g. "Actor: Russia; Type: Veto". */
  filters: string;
}

/**
 * The printout: the filtered events as a chronological list (date, title, summary, actors),
 * each with numbered notes pointing at its sources, then the notes, and the link to the view.
 * The print stylesheet hides everything else.
 */
export function PrintView({ dataset, events, filters }: Props) {
  const printing = usePrinting();
  if (!printing) return null;
  const sorted = [...events].sort(compareEvents);
  const { notes, refs } = numberSources(sorted);
  const link = window.location.href;
  const actorName = (id: string) => dataset.actorById.get(id)?.name ?? id;
  return (
    <article className="print-view" aria-label="Printable list of events">
      <h1>{dataset.meta.title}</h1>
      <p className="print-meta">
        {sorted.length} of {dataset.events.length} events
        {filters ? ` · ${filters}` : ''} · dataset updated{' '}
        {formatEventDate({ date: dataset.meta.updated })}
      </p>
      <p className="print-meta">
        This view: <a href={link}>{link}</a>
      </p>
      <ol className="print-events">
        {sorted.map((e) => (
          <li key={e.id}>
            <p className="print-date">
              {formatEventDate(e)} · {TYPE_LABEL[e.type]}
            </p>
            <h2>{e.title}</h2>
            <p>
              {e.summary.map((sentence, i) => (
                <span key={i}>
                  {i > 0 && ' '}
                  {sentence.text}
                  {sentenceNotes(e, refs.get(e.id) ?? [], sentence.cite).map((n) => (
                    <sup key={n}>
                      <a href={`#print-note-${n}`}>[{n}]</a>
                    </sup>
                  ))}
                </span>
              ))}
            </p>
            <p className="print-actors">{e.actors.map((a) => actorName(a.actor)).join(', ')}</p>
          </li>
        ))}
      </ol>
      <h2>Sources</h2>
      <ol className="print-notes">
        {notes.map((s, i) => (
          <li key={s.url} id={`print-note-${i + 1}`}>
            {s.publisher}, “{s.title}”{s.date ? `, ${formatEventDate({ date: s.date })}` : ''}.{' '}
            <span className="print-url">{s.url}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
