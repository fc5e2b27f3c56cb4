import { useId } from 'react';

export interface FacetOption {
  id: string;
  label: string;
  /** Drawn before the label (a mark shape, a swatch); hidden from assistive tech. */
  icon?: React.ReactNode;
}

interface Props {
  legend: string;
  help?: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
  onClear: () => void;
}

/** A checkbox list with live counts, for event types and tags. */
export function FacetFilter({ legend, help, options, selected, counts, onToggle, onClear }: Props) {
  const id = useId();
  const chosen = new Set(selected);
  return (
    <fieldset className="facet" aria-describedby={help ? `${id}-help` : undefined}>
      <legend>{legend}</legend>
      {help && (
        <p id={`${id}-help`} className="muted small">
          {help}
        </p>
      )}
      <ul className="facet-list">
        {options.map((option) => {
          const count = counts.get(option.id) ?? 0;
          const inputId = `${id}-${option.id}`;
          return (
            <li
              key={option.id}
              className={count === 0 && !chosen.has(option.id) ? 'empty' : undefined}
            >
              <input
                id={inputId}
                type="checkbox"
                checked={chosen.has(option.id)}
                onChange={() => onToggle(option.id)}
                aria-describedby={`${inputId}-count`}
              />
              <label htmlFor={inputId}>
                {option.icon && (
                  <span aria-hidden="true" className="facet-icon">
                    {option.icon}
                  </span>
                )}
                {option.label}
              </label>
              <span id={`${inputId}-count`} className="count">
                {count}
              </span>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="btn link small" onClick={onClear}>
          Show all {legend.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
