import { useLayoutEffect, useRef } from 'react';
import { formatEventDate } from '../domain/dates';
import { tickGranularity, type TimeScale } from './layout/time-scale';
import type { Viewport } from './viewport';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "28 September 2023 – 21 December 2024": the days a scale shows, both ends inclusive. */
export function formatWindow(scale: TimeScale): string {
  const [d0, d1] = scale.domain() as [Date, Date];
  // The domain's end is exclusive: the last day shown is the one before it.
  return formatDays(isoDay(d0.getTime()), isoDay(d1.getTime() - 1));
}

/**
 * Formatting dates is the costly part, and a zoom passes the same days again and again: each day
 * is formatted once (the cache is emptied when it grows past a few hundred days).
 */
const formatted = new Map<string, string>();
function formatDay(date: string): string {
  let text = formatted.get(date);
  if (text === undefined) {
    if (formatted.size >= 512) formatted.clear();
    text = formatEventDate({ date });
    formatted.set(date, text);
  }
  return text;
}

function formatDays(from: string, to: string): string {
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/**
 * ms between two rewrites of the label while the reader's own gesture runs. Each rewrite lays
 * out and repaints the toolbar's line, about a millisecond, next to a zoom frame's four; at ten a
 * second the words still follow the gesture, and the settle writes the exact window.
 */
export const GESTURE_LABEL_MS = 100;

/** Whether a frame rewrites the label: always, but during a gesture GESTURE_LABEL_MS apart. */
export function labelDue(inGesture: boolean, now: number, writtenAt: number): boolean {
  return !inGesture || now - writtenAt >= GESTURE_LABEL_MS;
}

/**
 * "Showing …" in the toolbar, with the axis' granularity as `data-granularity`: the window the
 * view shows or is animating to (the viewport's goal), written outside React the moment the goal
 * changes. Naming the destination at once means a reader (and a test) never reads a half-way
 * window from a zoom still in flight. During a gesture the goal is the live view, new every
 * frame: the label follows it GESTURE_LABEL_MS apart, and names the window it settles on.
 */
export function WindowLabel({ viewport }: { viewport: Viewport }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    let shown: unknown = null;
    let shownBase: unknown = null;
    let writtenAt = -Infinity;
    // The words live in one text node whose data is replaced: setting textContent would put a
    // new node (and a new layout object) in the paragraph on every write.
    const text = document.createTextNode('');
    const write = () => {
      const el = ref.current;
      const { goal, base } = viewport;
      // A new record keeps the identity transform but brings a new base scale: both count.
      if (!el || (goal === shown && base === shownBase)) return;
      shown = goal;
      shownBase = base;
      if (text.parentNode !== el) el.replaceChildren(text);
      const scale = goal.rescaleX(base);
      const words = `Showing ${formatWindow(scale)}`;
      if (text.data !== words) text.data = words;
      const granularity = tickGranularity(scale);
      if (el.dataset.granularity !== granularity) el.dataset.granularity = granularity;
    };
    const frame = () => {
      const now = performance.now();
      if (!labelDue(viewport.inGesture, now, writtenAt)) return;
      if (viewport.inGesture) writtenAt = now;
      write();
    };
    const settle = () => {
      writtenAt = -Infinity;
      write();
    };
    write();
    return viewport.subscribe({ goal: write, settle, frame });
  }, [viewport]);
  return <p ref={ref} className="window-label small muted" />;
}
