interface Props {
  mode: 'hide' | 'dim';
  /** Whether any filter is on; without one every event matches and the choice does nothing. */
  enabled: boolean;
  onChange: (mode: 'hide' | 'dim') => void;
}

/**
 * Hide or dim the events a filter leaves out. Disabled, and so out of the Tab order, while no
 * filter is on: the choice would change nothing, and says when it applies.
 */
export function UnmatchedMode({ mode, enabled, onChange }: Props) {
  return (
    <fieldset className="facet" disabled={!enabled} aria-describedby="unmatched-help">
      <legend>Events that do not match</legend>
      <div className="segmented">
        {(['hide', 'dim'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="filtered-mode"
              value={value}
              checked={mode === value}
              onChange={() => onChange(value)}
            />
            {value === 'hide' ? 'Hide them' : 'Show them dimmed'}
          </label>
        ))}
      </div>
      <p id="unmatched-help" className="muted small">
        {enabled
          ? 'Applies to the timeline; the list shows matches only.'
          : 'Applies once a filter is on.'}
      </p>
    </fieldset>
  );
}
