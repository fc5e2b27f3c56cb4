import { useMemo } from 'react';
import type { Dataset } from '../domain/validate';
import { formatEventDate } from '../domain/dates';
import { compareStance, comparisonText, type DimensionComparison } from '../domain/stance-compare';
import { compareValue } from '../state/view-state';
import { CompareEventPickers } from './compare-event-pickers';
import { shiftEvents } from './compare-events';

interface Props {
  dataset: Dataset;
  /** The two days, earlier first. */
  days: [string, string];
  extent: [string, string];
  onChange: (compare: string) => void;
  onClose: () => void;
  onOpenEvent: (id: string) => void;
  onCopy: (text: string, what: string) => void;
}

const day = (iso: string) => formatEventDate({ date: iso });
const MOVED = 'What moved it in between';

/**
 * "Compare two dates" (or two of the events that moved the stance, compared on their days): for
 * each stance dimension the level on A, the level on B, and the shifts
 * in between with their rationales, as a table. The days are in the link (`compare=A..B`).
 */
export function ComparePanel({
  dataset,
  days,
  extent,
  onChange,
  onClose,
  onOpenEvent,
  onCopy,
}: Props) {
  const [a, b] = days;
  const result = useMemo(
    () => compareStance(dataset.meta.dimensions, dataset.events, a, b),
    [dataset, a, b],
  );
  const movers = useMemo(() => shiftEvents(dataset.events), [dataset]);
  const titleOf = (id: string) => dataset.eventById.get(id)?.title ?? id;
  const subject = dataset.meta.subject?.label ?? 'the subject';
  const set = (which: 0 | 1, value: string) => {
    if (!value) return;
    onChange(which === 0 ? compareValue(value, b) : compareValue(a, value));
  };
  return (
    <section className="guided compare" aria-labelledby="compare-title">
      <div className="guided-head">
        <h2 id="compare-title">Compare two dates</h2>
        <button type="button" className="btn" onClick={onClose}>
          Close comparison
        </button>
      </div>
      <div className="compare-days">
        {([0, 1] as const).map((which) => (
          <label key={which}>
            {which === 0 ? 'Date A' : 'Date B'}
            <input
              className="input"
              type="date"
              min={extent[0]}
              max={extent[1]}
              value={days[which]}
              onChange={(e) => set(which, e.target.value)}
            />
          </label>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() => onCopy(comparisonText(result, subject, titleOf), 'Comparison')}
        >
          Copy as text
        </button>
      </div>
      <CompareEventPickers events={movers} days={days} onPick={set} />
      <p className="small muted">
        Levels are an <strong>editorial assessment</strong> by the dataset’s authors, not a claim
        made by any source; each change names the event behind it and why.
      </p>
      {/* Explicit roles: on a narrow panel the rows are laid out as grids (share.css), which
          would otherwise cost the table its semantics in some browsers. */}
      <div className="compare-scroll">
        <table className="compare-table" role="table">
          <caption className="visually-hidden">
            Stance of {subject} on {day(a)} and on {day(b)}, by dimension
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Dimension
              </th>
              <th scope="col" role="columnheader">
                {day(a)}
              </th>
              <th scope="col" role="columnheader">
                {day(b)}
              </th>
              <th scope="col" role="columnheader">
                {MOVED}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {result.rows.map((row) => (
              <CompareRow
                key={row.dimension.id}
                row={row}
                days={[day(a), day(b)]}
                titleOf={titleOf}
                onOpen={onOpenEvent}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CompareRow({
  row,
  days,
  titleOf,
  onOpen,
}: {
  row: DimensionComparison;
  /** The two days as the column headers write them: each cell repeats its own on a phone. */
  days: [string, string];
  titleOf: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  const level = (s: DimensionComparison['atA']) =>
    s ? s.label : <span className="muted">Not yet assessed</span>;
  return (
    <tr role="row" data-change={row.change}>
      <th scope="row" role="rowheader">
        {row.dimension.name}
      </th>
      <td role="cell" data-label={days[0]}>
        {level(row.atA)}
      </td>
      <td role="cell" data-label={days[1]}>
        {level(row.atB)}
        {row.change === 'up' || row.change === 'down' ? (
          <span className="muted small">
            {' '}
            ({row.change === 'up' ? 'higher' : 'lower'} on the scale)
          </span>
        ) : null}
      </td>
      <td role="cell" data-label={MOVED}>
        {row.between.length === 0 ? (
          <span className="muted">No change</span>
        ) : (
          <ol className="compare-steps">
            {row.between.map((s, i) => (
              <li key={`${s.eventId}-${i}`}>
                <span className="muted small">{day(s.date.toISOString().slice(0, 10))}</span>{' '}
                <button type="button" className="btn link" onClick={() => onOpen(s.eventId)}>
                  {titleOf(s.eventId)}
                </button>{' '}
                → <strong>{s.label}</strong>
                <p className="small">{s.rationale}</p>
              </li>
            ))}
          </ol>
        )}
      </td>
    </tr>
  );
}
