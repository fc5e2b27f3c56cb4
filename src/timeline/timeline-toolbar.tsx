import type { LaneMode } from './layout/lanes';
import type { TickGranularity } from './layout/time-scale';

interface Props {
  laneMode: LaneMode;
  onLaneMode: (mode: LaneMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
  granularity: TickGranularity;
  windowLabel: string;
}

export function TimelineToolbar(p: Props) {
  return (
    <div className="timeline-toolbar">
      <div className="zoom-buttons" role="group" aria-label="Zoom">
        <button type="button" className="btn icon" aria-label="Zoom in" onClick={p.onZoomIn}>
          +
        </button>
        <button type="button" className="btn icon" aria-label="Zoom out" onClick={p.onZoomOut}>
          −
        </button>
        <button type="button" className="btn" onClick={p.onReset}>
          Reset zoom
        </button>
      </div>
      <p className="window-label small muted" data-granularity={p.granularity}>
        Showing {p.windowLabel}
      </p>
      <div className="segmented" role="group" aria-label="Lanes">
        <button
          type="button"
          className="btn"
          aria-pressed={p.laneMode === 'group'}
          onClick={() => p.onLaneMode('group')}
        >
          By actor group
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={p.laneMode === 'type'}
          onClick={() => p.onLaneMode('type')}
        >
          By event type
        </button>
      </div>
    </div>
  );
}
