/**
 * vis-timeline 8 over the same events: point items, ranges for spans, one group per lane, its
 * own wheel zoom and drag pan; the filter is a vis-data DataView refreshed on toggle.
 */
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { loadEvents, markPaintedAfterNextFrame, showCount, statementToggle } from './ref-data';

interface Item {
  id: string;
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  group: number;
  kind: string;
}

const { events, lanes } = await loadEvents();
const DAY_MS = 86_400_000;
const items = new DataSet<Item>(
  events.map((e) => ({
    id: e.id,
    content: e.title,
    start: e.start,
    ...(e.end - e.start > DAY_MS
      ? { end: e.end, type: 'range' as const }
      : { type: 'point' as const }),
    group: e.lane,
    kind: e.type,
  })),
);
let hide = false;
const view = new DataView(items, { filter: (item) => !hide || item.kind !== 'statement' });
const groups = new DataSet(lanes.map((id, i) => ({ id: i, content: id })));
const timeline = new Timeline(document.querySelector<HTMLElement>('#chart')!, view, groups, {
  height: '600px',
  showCurrentTime: false,
});
let first = true;
timeline.on('changed', () => {
  if (!first) return;
  first = false;
  markPaintedAfterNextFrame();
});
showCount(view.length, events.length);
statementToggle((checked) => {
  hide = checked;
  view.refresh();
  showCount(view.length, events.length);
});
