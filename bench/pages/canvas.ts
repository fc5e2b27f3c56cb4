/**
 * The bare canvas reference: d3-zoom on a canvas, events in per-lane arrays sorted by start,
 * each frame drawing only the window (binary search), nothing else — no labels, no accessibility,
 * no level of detail. It is the floor the benchmark compares Stanceline against.
 */
import { bisector } from 'd3-array';
import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import {
  loadEvents,
  markPaintedAfterNextFrame,
  showCount,
  statementToggle,
  type RefEvent,
} from './ref-data';

const LANE_HEIGHT = 60;
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2'];

const canvas = document.querySelector<HTMLCanvasElement>('#chart')!;
const ctx = canvas.getContext('2d')!;
const { events, lanes } = await loadEvents();

let perLane: RefEvent[][] = [];
/** Longest event per lane, so a span that starts before the window but reaches into it is drawn. */
let longest: number[] = [];
function index(hideStatements: boolean): void {
  perLane = lanes.map(() => []);
  for (const e of events) if (!hideStatements || e.type !== 'statement') perLane[e.lane]!.push(e);
  for (const lane of perLane) lane.sort((a, b) => a.start - b.start);
  longest = perLane.map((lane) => lane.reduce((m, e) => Math.max(m, e.end - e.start), 0));
  showCount(
    perLane.reduce((n, l) => n + l.length, 0),
    events.length,
  );
}

const width = canvas.clientWidth;
const height = canvas.clientHeight;
const dpr = window.devicePixelRatio || 1;
canvas.width = width * dpr;
canvas.height = height * dpr;
const t0 = Math.min(...events.slice(0, 1).map((e) => e.start), events[0]?.start ?? 0);
const t1 = events.reduce((m, e) => Math.max(m, e.end), t0 + 1);
const base = scaleTime()
  .domain([new Date(events.reduce((m, e) => Math.min(m, e.start), t0)), new Date(t1)])
  .range([0, width]);
const byStart = bisector((e: RefEvent) => e.start);

let transform: ZoomTransform = zoomIdentity;
let queued = false;
function draw(): void {
  queued = false;
  const x = transform.rescaleX(base);
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  perLane.forEach((lane, li) => {
    const lo = byStart.left(lane, from - (longest[li] ?? 0));
    const hi = byStart.right(lane, to);
    ctx.fillStyle = COLOURS[li % COLOURS.length]!;
    const y = li * LANE_HEIGHT + 10;
    for (let i = lo; i < hi; i += 1) {
      const e = lane[i]!;
      if (e.end < from) continue;
      const x0 = x(e.start);
      ctx.fillRect(x0, y + (i % 8) * 5, Math.max(3, x(e.end) - x0), 4);
    }
  });
}
function requestDraw(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(draw);
}

index(false);
select(canvas).call(
  zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([1, 1e5])
    .on('zoom', (e: { transform: ZoomTransform }) => {
      transform = e.transform;
      requestDraw();
    }),
);
statementToggle((hide) => {
  index(hide);
  requestDraw();
});
draw();
markPaintedAfterNextFrame();
