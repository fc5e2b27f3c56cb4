import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { IDENTITY } from './view-transform';
import {
  ANIMATION_MS,
  GESTURE_SETTLE_MS,
  Viewport,
  type Clock,
  type SettleSource,
} from './viewport';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/** A clock the test drives: frames run only when `step` says so. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, (t: number) => void>();
  const timers = new Map<number, { at: number; cb: () => void }>();
  const clock: Clock = {
    now: () => now,
    request: (cb) => {
      pending.set(next, cb);
      return next++;
    },
    cancel: (id) => pending.delete(id),
    after: (cb, ms) => {
      timers.set(next, { at: now + ms, cb });
      return next++;
    },
    clear: (id) => timers.delete(id),
  };
  const step = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue;
      timers.delete(id);
      t.cb();
    }
    const due = [...pending.values()];
    pending.clear();
    due.forEach((cb) => cb(now));
  };
  return { clock, step, pending };
}

function setup() {
  const base = scaleUtc()
    .domain([new Date(T0), new Date(T0 + 400 * DAY)])
    .range([0, 800]);
  const { clock, step } = fakeClock();
  const viewport = new Viewport(base, 800, clock);
  const settles: SettleSource[] = [];
  let frames = 0;
  viewport.subscribe({ settle: (s) => settles.push(s), frame: () => frames++ });
  const finish = () => {
    for (let i = 0; i < 100 && viewport.moving; i++) step(16);
  };
  return { viewport, step, settles, finish, frames: () => frames };
}

describe('Viewport', () => {
  it('composes rapid zoom clicks on the target: four ×2 clicks end at exactly 16×', () => {
    const { viewport, step, settles, finish } = setup();
    for (let i = 0; i < 4; i++) {
      viewport.zoomBy(2);
      step(40); // each click lands mid-animation
    }
    expect(settles).toEqual([]); // no half-way settle
    finish();
    expect(viewport.transform.k).toBeCloseTo(16, 9);
    expect(settles).toEqual(['user']);
    // Around the centre: the middle of the data stays in the middle.
    const [from, to] = viewport.domainOf();
    expect((from + to) / 2).toBeCloseTo(T0 + 200 * DAY, -3);
  });

  it('never settles on a half-way frame when an animation is redirected', () => {
    const { viewport, step, settles, finish } = setup();
    viewport.zoomBy(4);
    step(100);
    const halfway = viewport.transform.k;
    expect(halfway).toBeGreaterThan(1);
    expect(halfway).toBeLessThan(4);
    viewport.reset();
    expect(settles).toEqual([]);
    finish();
    expect(viewport.transform).toEqual(IDENTITY);
    expect(settles).toEqual(['user']);
  });

  it('animates over ANIMATION_MS with frames in between', () => {
    const { viewport, step, frames } = setup();
    viewport.zoomBy(2);
    step(16);
    expect(viewport.moving).toBe(true);
    step(ANIMATION_MS);
    expect(viewport.moving).toBe(false);
    expect(frames()).toBeGreaterThanOrEqual(2);
  });

  it('jumps at once with reduced motion', () => {
    const { viewport, settles } = setup();
    viewport.setReducedMotion(true);
    viewport.zoomBy(2);
    expect(viewport.transform.k).toBe(2);
    expect(settles).toEqual(['user']);
  });

  it('keeps a zoom anchor fixed on screen: zoomAround a time keeps it where it was', () => {
    const { viewport, finish } = setup();
    const t = T0 + 100 * DAY;
    const before = viewport.scale()(t);
    viewport.zoomAround(8, t);
    finish();
    expect(viewport.scale()(t)).toBeCloseTo(before, 6);
  });

  it('clamps zoom to [1, maxK] and the view to the data', () => {
    const { viewport, finish } = setup();
    viewport.zoomBy(0.1);
    finish();
    expect(viewport.transform.k).toBe(1);
    viewport.zoomBy(1e9, 0);
    finish();
    expect(viewport.transform.k).toBeCloseTo(viewport.maxK, 6);
    expect(viewport.transform.x).toBeLessThanOrEqual(0);
    const [from] = viewport.domainOf();
    expect(from).toBeGreaterThanOrEqual(T0);
  });

  it('reveals a time off screen by panning it to the centre, and leaves one in view alone', () => {
    const { viewport, finish, settles } = setup();
    viewport.showWindow(T0 + 100 * DAY, T0 + 140 * DAY, 'sync');
    expect(settles).toEqual(['sync']);
    viewport.reveal(T0 + 120 * DAY);
    finish();
    expect(settles).toEqual(['sync']);
    viewport.reveal(T0 + 300 * DAY);
    finish();
    const [from, to] = viewport.domainOf();
    expect((from + to) / 2).toBeCloseTo(T0 + 300 * DAY, -3);
    expect(to - from).toBeCloseTo(40 * DAY, -3);
  });

  it('reveals a time under a drawer covering the right of the plot, by panning or zooming', () => {
    const { viewport, finish } = setup();
    const scaleX = (t: number) => viewport.scale()(t);
    // Zoomed in: a pan brings day 300 left of the 300 px the drawer covers.
    viewport.showWindow(T0 + 250 * DAY, T0 + 310 * DAY, 'sync');
    viewport.reveal(T0 + 300 * DAY, 300);
    finish();
    expect(scaleX(T0 + 300 * DAY)).toBeLessThanOrEqual(500 - 80 + 1e-6);
    expect(scaleX(T0 + 300 * DAY)).toBeGreaterThanOrEqual(80);
    // The whole record in view: no pan can help, so it zooms in about the right edge.
    viewport.reset();
    finish();
    viewport.reveal(T0 + 390 * DAY, 300);
    finish();
    expect(viewport.transform.k).toBeGreaterThan(1);
    expect(scaleX(T0 + 390 * DAY)).toBeLessThanOrEqual(500 - 80 + 1e-6);
    expect(scaleX(T0 + 390 * DAY)).toBeGreaterThanOrEqual(0);
    // In the uncovered part already: nothing moves.
    const before = viewport.transform;
    viewport.reveal(T0 + 390 * DAY, 300);
    finish();
    expect(viewport.transform).toEqual(before);
  });

  it('reveals a time under a drawer covering the left of the plot, by panning or zooming', () => {
    const { viewport, finish } = setup();
    const scaleX = (t: number) => viewport.scale()(t);
    // Zoomed in: a pan brings day 260 right of the 300 px the drawer covers.
    viewport.showWindow(T0 + 250 * DAY, T0 + 310 * DAY, 'sync');
    viewport.reveal(T0 + 260 * DAY, 0, 300);
    finish();
    expect(scaleX(T0 + 260 * DAY)).toBeGreaterThanOrEqual(300 + 16 - 1e-6);
    expect(scaleX(T0 + 260 * DAY)).toBeLessThanOrEqual(800);
    // The whole record in view: no pan can help, so it zooms in about the left edge.
    viewport.reset();
    finish();
    viewport.reveal(T0 + 5 * DAY, 0, 300);
    finish();
    expect(viewport.transform.k).toBeGreaterThan(1);
    expect(scaleX(T0 + 5 * DAY)).toBeGreaterThanOrEqual(300 + 16 - 1e-6);
    expect(scaleX(T0 + 5 * DAY)).toBeLessThanOrEqual(800);
    // In the uncovered part already: nothing moves.
    const before = viewport.transform;
    viewport.reveal(T0 + 5 * DAY, 0, 300);
    finish();
    expect(viewport.transform).toEqual(before);
  });

  it('follows an outside window by jumping, unless it already shows it', () => {
    const { viewport, settles } = setup();
    viewport.syncWindow([T0 + 10 * DAY, T0 + 50 * DAY], DAY);
    expect(settles).toEqual(['sync']);
    const [from, to] = viewport.domainOf();
    expect(from).toBeCloseTo(T0 + 10 * DAY, -3);
    expect(to).toBeCloseTo(T0 + 50 * DAY, -3);
    viewport.syncWindow([T0 + 10 * DAY + 3_600_000, T0 + 50 * DAY], DAY);
    expect(settles).toEqual(['sync']);
    viewport.syncWindow(null, DAY);
    expect(viewport.transform).toEqual(IDENTITY);
  });

  it('animates to an outside window when asked (a story step), jumping under reduced motion', () => {
    const { viewport, step, settles, finish } = setup();
    viewport.syncWindow([T0 + 10 * DAY, T0 + 50 * DAY], DAY, true);
    expect(viewport.moving).toBe(true);
    expect(settles).toEqual([]);
    step(ANIMATION_MS / 2);
    const [midFrom] = viewport.domainOf();
    expect(midFrom).toBeLessThan(T0 + 10 * DAY);
    finish();
    // It settles as a sync: the window came from outside and is not written back.
    expect(settles).toEqual(['sync']);
    expect(viewport.domainOf()[0]).toBeCloseTo(T0 + 10 * DAY, -3);

    viewport.setReducedMotion(true);
    viewport.syncWindow([T0 + 100 * DAY, T0 + 150 * DAY], DAY, true);
    expect(viewport.moving).toBe(false);
    expect(settles).toEqual(['sync', 'sync']);
    expect(viewport.domainOf()[0]).toBeCloseTo(T0 + 100 * DAY, -3);
  });

  it('a gesture takes over from an animation and settles once when it ends', () => {
    const { viewport, step, settles } = setup();
    viewport.zoomBy(2);
    step(50);
    viewport.beginGesture();
    viewport.gestureTo(viewport.transform.translate(-10));
    step(16);
    expect(viewport.moving).toBe(true);
    viewport.endGesture();
    // Not at once: a gesture that resumes within GESTURE_SETTLE_MS continues.
    expect(settles).toEqual([]);
    expect(viewport.moving).toBe(true);
    step(GESTURE_SETTLE_MS - 10);
    viewport.beginGesture();
    viewport.gestureTo(viewport.transform.translate(-10));
    viewport.endGesture();
    step(GESTURE_SETTLE_MS - 10);
    expect(settles).toEqual([]);
    step(20);
    expect(settles).toEqual(['user']);
    expect(viewport.moving).toBe(false);
  });

  it('overlapping gestures (a drag begun before the wheel burst ended) settle once, after the last', () => {
    const { viewport, step, settles } = setup();
    viewport.beginGesture(); // the wheel
    viewport.gestureTo(viewport.transform.scale(2));
    viewport.beginGesture(); // the drag, before d3-zoom's wheel-idle delay ends the wheel
    viewport.endGesture(); // the wheel ends mid-drag
    step(GESTURE_SETTLE_MS + 50);
    expect(settles).toEqual([]);
    expect(viewport.inGesture).toBe(true);
    viewport.gestureTo(viewport.transform.translate(-10));
    viewport.endGesture(); // the drag ends
    expect(viewport.moving).toBe(true);
    step(GESTURE_SETTLE_MS + 10);
    expect(settles).toEqual(['user']);
    expect(viewport.moving).toBe(false);
    // An end with no gesture running (d3-zoom after the view was rebuilt) changes nothing.
    viewport.endGesture();
    step(GESTURE_SETTLE_MS + 10);
    expect(settles).toEqual(['user']);
  });

  it('keeps the window when the width changes', () => {
    const { viewport } = setup();
    viewport.syncWindow([T0 + 10 * DAY, T0 + 50 * DAY], DAY);
    const before = viewport.domainOf();
    const wider = scaleUtc()
      .domain([new Date(T0), new Date(T0 + 400 * DAY)])
      .range([0, 1200]);
    viewport.setBase(wider, 1200);
    const after = viewport.domainOf();
    expect(after[0]).toBeCloseTo(before[0], -3);
    expect(after[1]).toBeCloseTo(before[1], -3);
  });
});
