import { useRef } from 'react';
import type { PlacedLane } from './layout/geometry';
import { groupColourVar } from './render/palette';
import { useRovingFocus } from '../ui/use-roving-focus';

interface Props {
  lanes: readonly PlacedLane[];
  gutter: number;
  colourOf: (groupId: string | undefined) => number;
  canExpand: boolean;
  onToggleExpanded: (groupId: string) => void;
}

/**
 * Lane names as HTML over the chart's gutter (or above each lane on narrow screens), so the
 * expand/collapse control is a real button with a name. The buttons are one Tab stop, a
 * vertical toolbar (↑ ↓ between groups), so a reader tabbing to the marks passes them once.
 */
export function LaneLabels({ lanes, gutter, colourOf, canExpand, onToggleExpanded }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const toggles =
    canExpand && lanes.some((l) => l.lane.kind === 'group' && l.lane.groupId !== undefined);
  const roving = useRovingFocus(group, 'vertical', toggles);
  return (
    <div
      ref={group}
      className={gutter ? 'lane-labels' : 'lane-labels inline'}
      style={gutter ? { width: gutter } : undefined}
      {...(toggles
        ? { role: 'toolbar', 'aria-label': 'Lane groups', 'aria-orientation': 'vertical' as const }
        : {})}
      {...roving}
    >
      <ul className="lane-list">
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
    </div>
  );
}
