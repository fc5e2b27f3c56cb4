import { useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import type { Dimension } from '../domain/schema';
import type { StanceSeries } from '../domain/stance';
import { formatEventDate } from '../domain/dates';

/** The text alternative: every level change by date, as a table (built when opened). */
export function StanceTable({
  dataset,
  series,
  onSelect,
}: {
  dataset: Dataset;
  series: { dimension: Dimension; series: StanceSeries }[];
  onSelect: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const rows = useMemo(
    () =>
      open
        ? series
            .flatMap(({ dimension, series: s }) => s.steps.map((step) => ({ dimension, step })))
            .sort((a, b) => a.step.date.getTime() - b.step.date.getTime())
        : [],
    [open, series],
  );
  return (
    <details className="stance-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Level changes as a table</summary>
      {open && (
        <table className="event-table">
          <caption className="visually-hidden">
            Stance level changes by date (editorial assessment)
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Dimension</th>
              <th scope="col">New level</th>
              <th scope="col">Event and rationale</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ dimension, step }) => {
              const event = dataset.eventById.get(step.eventId);
              return (
                <tr key={`${dimension.id}-${step.eventId}`}>
                  <td className="nowrap">{event ? formatEventDate(event) : ''}</td>
                  <td>{dimension.name}</td>
                  <td>{step.label}</td>
                  <td>
                    <button
                      type="button"
                      className="btn link row-open"
                      onClick={() => onSelect(step.eventId)}
                    >
                      {event?.title}
                    </button>
                    <div className="small muted">{step.rationale}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
