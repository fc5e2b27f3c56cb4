import type { ReactNode } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { formatEventDate } from '../domain/dates';

interface Props {
  dataset: Dataset;
  /** The timeline (or list) as the link asks for it. */
  chart: ReactNode;
  notice: ReactNode;
  /** The same view outside embed mode. */
  openUrl: string;
  /** The open event, shown as a one-line caption with its own link. */
  selected: StanceEvent | undefined;
  onCloseEvent: () => void;
  /** "N events" or "N of M events". */
  count: string;
}

/**
 * Embed mode (`?embed=1`): the chart alone, sized to its frame, with a title line and a link to
 * the full view of the same state. No banner, no filters, no details panel: an opened event is a
 * caption line whose link opens it in Stanceline.
 */
export function EmbedView({
  dataset,
  chart,
  notice,
  openUrl,
  selected,
  onCloseEvent,
  count,
}: Props) {
  return (
    <div className="embed">
      <div className="embed-bar">
        <h1 className="embed-title">
          {dataset.meta.title} <span className="muted">· {count}</span>
        </h1>
        <a className="embed-open" href={openUrl} target="_blank" rel="noopener noreferrer">
          Open in Stanceline
        </a>
      </div>
      {notice}
      <main id="main" className="embed-main">
        {chart}
      </main>
      {selected && (
        <aside className="embed-event" aria-label="Opened event">
          <p>
            <strong>{selected.title}</strong>{' '}
            <span className="muted">({formatEventDate(selected)})</span>
          </p>
          <button
            type="button"
            className="btn icon"
            aria-label="Close event"
            onClick={onCloseEvent}
          >
            ×
          </button>
        </aside>
      )}
      <p className="embed-credit small muted">
        Stance levels are an editorial assessment by the dataset’s authors. Sources for every event
        in the full view.
      </p>
    </div>
  );
}
