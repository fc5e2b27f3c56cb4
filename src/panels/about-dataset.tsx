import { useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import { formatEventDate } from '../domain/dates';
import { ExternalLink } from '../ui/external-link';

/** The first sentence of a description, for the header; the rest is one click away. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m?.[1] ?? text;
}

/**
 * Where the data comes from and how the stance levels are judged: the methodology belongs next
 * to the chart it governs, not in a separate page nobody opens.
 */
export function AboutDataset({ dataset }: { dataset: Dataset }) {
  const { meta, events } = dataset;
  // Counted once the panel is first opened: it walks every source of every event (tens of
  // thousands of URLs in a large record), work the first view of the chart should not wait for.
  const [opened, setOpened] = useState(false);
  const sources = useMemo(
    () => (opened ? new Set(events.flatMap((e) => e.sources.map((s) => s.url))).size : null),
    [events, opened],
  );
  return (
    <details className="about" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>About this data and how stance is assessed</summary>
      <div className="about-body">
        <p>{meta.description}</p>
        <h2>Method</h2>
        <p>{meta.methodology}</p>
        <h2>Dates</h2>
        <p>{meta.timeZone}</p>
        <p className="small muted">
          {events.length} events
          {sources !== null && `, ${sources} distinct sources`}. Updated{' '}
          {formatEventDate({ date: meta.updated })}.
          {meta.licence && (
            <>
              {' '}
              Data licence: <ExternalLink href={meta.licence.url}>{meta.licence.name}</ExternalLink>
              .
            </>
          )}
        </p>
      </div>
    </details>
  );
}
