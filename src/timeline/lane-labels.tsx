import type { PlacedLane } from './layout/geometry';
import { groupColourVar } from './render/palette';

interface Props {
  lanes: readonly PlacedLane[];
  gutter: number;
  colourOf: (groupId: string | undefined) => number;
  canExpand: boolean;
  onToggleExpanded: (groupId: string) => void;
}

/**
 * Lane names as HTML over the chart's gutter (or above each lane on narrow screens), so the
 * expand/collapse control is a real button with a name, in the tab order.
 */
export function LaneLabels({ lanes, gutter, colourOf, canExpand, onToggleExpanded }: Props) {
  return (
    <ul
      className={gutter ? 'lane-labels' : 'lane-labels inline'}
      style={gutter ? { width: gutter } : undefined}
    >
      {lanes.map(({ lane, top, height }) => {
        const expandable = canExpand && lane.kind === 'group' && lane.groupId !== undefined;
        const swatch = lane.kind !== 'type' && lane.depth === 0 && (
          <span
            className="swatch"
            style={{ background: groupColourVar(colourOf(lane.groupId)) }}
            aria-hidden="true"
          />
        );
        return (
          <li
            key={lane.id}
            className={`lane-label depth-${lane.depth}`}
            style={{ top, height: gutter ? height : undefined }}
          >
            {expandable ? (
              <button
                type="button"
                className="lane-toggle"
                aria-expanded={lane.expanded}
                onClick={() => lane.groupId && onToggleExpanded(lane.groupId)}
              >
                <span className="chevron" aria-hidden="true">
                  {lane.expanded ? '▾' : '▸'}
                </span>
                {swatch}
                {lane.label}
              </button>
            ) : (
              <span className="lane-name">
                {swatch}
                {lane.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
