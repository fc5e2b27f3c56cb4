import { useState } from 'react';
import type { DatasetMeta, StanceEvent } from '../domain/schema';
import { citationsFor } from '../domain/citation';
import { Segmented } from '../ui/segmented';

type Format = 'text' | 'bibtex';
const FORMATS = [
  { value: 'text', label: 'Plain text' },
  { value: 'bibtex', label: 'BibTeX' },
] as const;

interface Props {
  event: StanceEvent;
  meta: DatasetMeta;
  /** Absolute link that opens the event. */
  url: string;
  onCopy: (text: string, what: string) => void;
}

/** The reader's own calendar day, `YYYY-MM-DD`: the "accessed" date of a citation. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * "Cite this event", folded away under the details: the event as a page of the dataset and its
 * primary source, each in plain text or BibTeX, with a copy button.
 */
export function CiteEvent({ event, meta, url, onCopy }: Props) {
  const [format, setFormat] = useState<Format>('text');
  const c = citationsFor({ event, meta, url, accessed: localToday() });
  const pick = (x: { text: string; bibtex: string }) => (format === 'text' ? x.text : x.bibtex);
  return (
    <details className="cite-event">
      <summary>Cite this event</summary>
      <Segmented label="Citation format" options={FORMATS} value={format} onChange={setFormat} />
      <h3>This event</h3>
      <pre className="citation">{pick(c.event)}</pre>
      <button type="button" className="btn" onClick={() => onCopy(pick(c.event), 'Citation')}>
        Copy citation
      </button>
      {c.source && (
        <>
          <h3>Its {c.source.source.kind === 'primary' ? 'primary ' : ''}source</h3>
          <pre className="citation">{pick(c.source)}</pre>
          <button
            type="button"
            className="btn"
            onClick={() => c.source && onCopy(pick(c.source), 'Source citation')}
          >
            Copy source citation
          </button>
        </>
      )}
    </details>
  );
}
