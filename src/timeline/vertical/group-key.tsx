import { groupColourVar } from '../render/palette';
import type { VerticalRows } from './rows';

/**
 * What the marks' colours mean down the spine, where there are no lane names: the groups of the
 * drawn events, in the dataset's order. Each row also names its group in words, so colour is
 * never the only cue.
 */
export function GroupKey({
  rows,
  groups,
}: {
  rows: VerticalRows;
  groups: readonly { id: string; name: string }[];
}) {
  const present = new Set<number>();
  for (const i of rows.eventRows) {
    const row = rows.rows[i];
    if (row?.kind === 'event' && row.colour >= 0) present.add(row.colour);
  }
  if (present.size === 0) return null;
  return (
    <ul className="v-key" aria-label="Colours of the actor groups">
      {groups.map((g, i) =>
        present.has(i) ? (
          <li key={g.id}>
            <span className="swatch" aria-hidden="true" style={{ background: groupColourVar(i) }} />
            {g.name}
          </li>
        ) : null,
      )}
    </ul>
  );
}
