/**
 * What the stance tracks' marks mean, drawn as they are drawn on the tracks: a filled marker where
 * the level rose, a hollow one where it fell (or where the record starts), a small dot for an
 * event at the level already in force (such as an arms transfer while a hold lasts; the tracks
 * that have one are named).
 */
export function StanceLegend({ keepingTracks }: { keepingTracks: readonly string[] }) {
  return (
    <ul className="stance-legend small" aria-label="Stance track key">
      <li>
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          <circle r="5" className="legend-filled" />
        </svg>
        Level rose
      </li>
      <li>
        <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
          <circle r="5" className="legend-hollow" />
        </svg>
        Level fell, or the first level on record
      </li>
      {keepingTracks.length > 0 && (
        <li>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <circle r="3" className="legend-filled" />
          </svg>
          An event at the level already in force ({keepingTracks.join('; ')})
        </li>
      )}
    </ul>
  );
}
