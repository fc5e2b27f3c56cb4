import type { LaneMode } from './layout/lanes';
import { Segmented } from '../ui/segmented';
import { Toolbar } from '../ui/toolbar';
import type { Viewport } from './viewport';
import { WindowLabel } from './window-label';

const LANE_OPTIONS = [
  { value: 'group', label: 'By actor group' },
  { value: 'type', label: 'By event type' },
] as const;

interface Props {
  laneMode: LaneMode;
  onLaneMode: (mode: LaneMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  viewport: Viewport;
}

export function TimelineToolbar(p: Props) {
  return (
    <div className="timeline-toolbar">
      <Toolbar label="Zoom" className="zoom-buttons">
        <button type="button" className="btn icon" aria-label="Zoom in" onClick={p.onZoomIn}>
          +
        </button>
        <button type="button" className="btn icon" aria-label="Zoom out" onClick={p.onZoomOut}>
          −
        </button>
        <button type="button" className="btn" onClick={p.onReset}>
          Reset zoom
        </button>
      </Toolbar>
      <WindowLabel viewport={p.viewport} />
      <Segmented label="Lanes" options={LANE_OPTIONS} value={p.laneMode} onChange={p.onLaneMode} />
    </div>
  );
}
