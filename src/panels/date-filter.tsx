import { useId, useState } from 'react';
import { datesText } from './describe-filters';

interface Props {
  since: string | null;
  until: string | null;
  /** The data's first and last day, bounds for the inputs. */
  extent: [string, string];
  onChange: (since: string | null, until: string | null) => void;
}

/**
 * The date filter: events on or between two days. It is a filter like the others (a chip, the
 * count, the facets and the list follow it); zooming and panning the timeline never change it.
 * An empty input is an open end. While a year is being typed, the input passes through dates such
 * as 0002-03-01; only days inside the data's range are applied, so those never reach the link.
 *
 * Folded under a disclosure button (WAI-ARIA "Disclosure" pattern) that says the current range,
 * open by default while a range is set: one Tab stop on the way to the timeline, not three.
 */
export function DateFilter({ since, until, extent, onChange }: Props) {
  const id = useId();
  const active = since !== null || until !== null;
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? active;
  const inRange = (day: string) => day >= extent[0] && day <= extent[1];
  const apply = (which: 'since' | 'until', day: string) => {
    const value = day === '' ? null : day;
    if (value !== null && !inRange(value)) return;
    if (which === 'since') onChange(value, until);
    else onChange(since, value);
  };
  return (
    <div className="date-filter">
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={`${id}-dates`}
        onClick={() => setChoice(!open)}
      >
        <span className="tree-arrow" aria-hidden="true" />
        Dates<span className="visually-hidden">:</span>
        <span className={active ? 'tree-selected' : 'muted small'}>
          {active ? datesText(since, until) : 'any'}
        </span>
      </button>
      {open && (
        <fieldset className="facet" id={`${id}-dates`}>
          <legend className="visually-hidden">Dates</legend>
          <p className="muted small" id={`${id}-help`}>
            Shows events on or between these days. Zooming the timeline does not change it.
          </p>
          <div className="date-window">
            <label>
              From
              <input
                className="input"
                type="date"
                min={extent[0]}
                max={until ?? extent[1]}
                value={since ?? ''}
                aria-describedby={`${id}-help`}
                onChange={(e) => apply('since', e.target.value)}
              />
            </label>
            <label>
              To
              <input
                className="input"
                type="date"
                min={since ?? extent[0]}
                max={extent[1]}
                value={until ?? ''}
                aria-describedby={`${id}-help`}
                onChange={(e) => apply('until', e.target.value)}
              />
            </label>
          </div>
          {active && (
            <button type="button" className="btn link small" onClick={() => onChange(null, null)}>
              Clear the dates
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}
