import { useMemo, type ReactNode } from 'react';
import type { StanceEvent } from '../../domain/schema';
import type { Dataset } from '../../domain/validate';
import { Legend } from '../legend';
import { GroupKey } from './group-key';
import { buildVerticalRows } from './rows';
import { inlineShifts } from './stance-inline';
import { VerticalList } from './vertical-list';

export interface VerticalTimelineProps {
  dataset: Dataset;
  /** Events to draw (all, when filtered-out ones are dimmed). */
  events: readonly StanceEvent[];
  /** Ids that pass the filters. */
  matching: ReadonlySet<string>;
  selected: string | null;
  window: readonly [number, number] | null;
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  onWindowChange: (from: number, to: number) => void;
  /** The control that turns the timeline, shown in its toolbar. */
  orientChoice: ReactNode;
}

/**
 * The timeline read top to bottom, for phones: time flows down one spine; each event's mark
 * keeps the chart's shape (type) and colour (group), and its title gets the full width; stance
 * changes appear under the event that makes them. The same events, filters, link and keys as
 * the chart: one Tab stop, arrows, Home/End, PageUp/PageDown, Enter opens, Escape closes.
 */
export function VerticalTimeline(p: VerticalTimelineProps) {
  const { dataset, events, matching } = p;
  const shifts = useMemo(
    () => inlineShifts(dataset.meta.dimensions, dataset.events),
    [dataset.meta.dimensions, dataset.events],
  );
  const rows = useMemo(
    () =>
      buildVerticalRows({
        events,
        matching,
        actors: dataset.actors,
        groups: dataset.groups,
        shifts,
      }),
    [events, matching, dataset.actors, dataset.groups, shifts],
  );
  const types = useMemo(() => new Set(dataset.events.map((e) => e.type)), [dataset.events]);
  const title = `Timeline of ${dataset.meta.title.replace(/^The /, 'the ')}`;

  return (
    <section className="timeline vertical" aria-label={title} data-orient="vertical">
      <div className="timeline-toolbar">{p.orientChoice}</div>
      <GroupKey rows={rows} groups={dataset.groups} />
      {rows.eventRows.length === 0 ? (
        <p className="chart-empty">No events to show with these filters.</p>
      ) : (
        <div
          className="marks v-marks"
          role="group"
          aria-label="Events"
          aria-describedby="timeline-help"
        >
          <VerticalList
            rows={rows}
            selected={p.selected}
            window={p.window}
            onSelect={p.onSelect}
            onWindowChange={p.onWindowChange}
          />
        </div>
      )}
      <Legend types={types} />
      <p id="timeline-help" className="help small muted">
        Time runs down the page. Keyboard: Tab to the events, ↑ and ↓ to move, Home and End for the
        first and last, Enter to open, Escape to close; press ? for every shortcut.
      </p>
    </section>
  );
}
