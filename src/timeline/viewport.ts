/**
 * The chart's zoom and pan, outside React. The live transform changes every frame (gesture or
 * animation) and goes to `frame` listeners — the canvas painter and the few DOM followers — inside
 * one requestAnimationFrame callback; React hears only `settle`, when a gesture or an animation
 * has ended, and renders the accessible layer and labels for that view.
 *
 * Programmatic zoom is additive: `zoomBy` builds on where the running animation is heading (its
 * target), not on the half-way frame, so four quick "Zoom in" clicks end at exactly 16×; an
 * animation that is redirected or interrupted never settles half-way, so a half-way window never
 * reaches the URL.
 *
 * A transform is (k, x) over the base scale, as d3-zoom's (view-transform.ts) (the whole padded extent at zoom 1):
 * screen x = k · base(t) + x. Pure apart from the injected clock, so it is unit-tested with a
 * fake one.
 */
import { IDENTITY, ViewTransform } from './view-transform';
import type { TimeScale } from './layout/time-scale';

/** The narrowest window a reader can zoom to: six hours, enough to separate same-day events. */
export const MIN_WINDOW_MS = 6 * 3_600_000;
/** ms: length of a programmatic zoom or pan. */
export const ANIMATION_MS = 250;

/**
 * ms a gesture must have ended before the view settles. A reader's wheel or trackpad comes in
 * bursts with short pauses; settling (re-placing labels and buttons, writing the link) in every
 * pause would do that work in the middle of the gesture.
 */
export const GESTURE_SETTLE_MS = 150;

export interface Clock {
  now: () => number;
  request: (callback: (now: number) => void) => number;
  cancel: (id: number) => void;
  after: (callback: () => void, ms: number) => number;
  clear: (id: number) => void;
}

const browserClock: Clock = {
  now: () => performance.now(),
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
  after: (cb, ms) => window.setTimeout(cb, ms),
  clear: (id) => window.clearTimeout(id),
};

/** Where a settled view came from: only the reader's own moves are written to the URL. */
export type SettleSource = 'user' | 'sync';

export interface ViewportListener {
  /** Called inside the animation frame, after the transform of this frame is set. */
  frame?: () => void;
  /** Called once when a gesture or animation ends, or a jump lands. */
  settle?: (source: SettleSource) => void;
  /** Called at once when the view starts or stops moving (a gesture or an animation). */
  motion?: (moving: boolean) => void;
  /**
   * Called at once when a programmatic move sets where the view is going (a new target, a
   * jump). During a gesture the goal is the live view: read it in `frame`.
   */
  goal?: () => void;
}

interface Animation {
  from: [number, number];
  to: [number, number];
  start: number;
  target: ViewTransform;
  source: SettleSource;
}

function easeCubicInOut(s: number): number {
  return s < 0.5 ? 4 * s * s * s : 1 - Math.pow(-2 * s + 2, 3) / 2;
}

export class Viewport {
  private baseScale: TimeScale;
  private plotWidth: number;
  private live: ViewTransform = IDENTITY;
  private settledTransform: ViewTransform = IDENTITY;
  private animation: Animation | null = null;
  /**
   * Gestures running at once: d3-zoom reports each of its gestures (a wheel burst, a drag, a
   * pinch) with its own start and end, and they overlap — a drag that starts within d3-zoom's
   * wheel-idle delay (150 ms) begins before the wheel gesture ends. The view settles only when
   * the last one has ended, never in the middle of the drag.
   */
  private gestures = 0;
  /** Timer of a gesture that has ended but not yet settled (GESTURE_SETTLE_MS). */
  private settleTimer: number | null = null;
  private frameId: number | null = null;
  private readonly listeners = new Set<ViewportListener>();
  private readonly clock: Clock;
  private wasMoving = false;
  /** When true, programmatic moves jump instead of animating. */
  private reducedMotion = false;

  constructor(base: TimeScale, width: number, clock: Clock = browserClock) {
    this.baseScale = base;
    this.plotWidth = width;
    this.clock = clock;
  }

  /** The reader asked for less motion: programmatic moves jump instead of animating. */
  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
  }

  get base(): TimeScale {
    return this.baseScale;
  }

  get width(): number {
    return this.plotWidth;
  }

  /** The transform drawn this frame. */
  get transform(): ViewTransform {
    return this.live;
  }

  /** The transform at the last settle: what React renders the accessible layer for. */
  get settled(): ViewTransform {
    return this.settledTransform;
  }

  /** True while a gesture or an animation is running, or a gesture has just ended. */
  get moving(): boolean {
    return this.gestures > 0 || this.animation !== null || this.settleTimer !== null;
  }

  /** True while the reader's own gesture (wheel, drag, pinch) is running. */
  get inGesture(): boolean {
    return this.gestures > 0;
  }

  private emitMotion(): void {
    const moving = this.moving;
    if (moving === this.wasMoving) return;
    this.wasMoving = moving;
    for (const l of [...this.listeners]) l.motion?.(moving);
  }

  private scaleCache: { t: ViewTransform; base: TimeScale; scale: TimeScale } | null = null;

  /** The scale to draw with this frame (made once per transform: several layers ask each frame). */
  scale(): TimeScale {
    const c = this.scaleCache;
    if (c && c.t === this.live && c.base === this.baseScale) return c.scale;
    const scale = this.live.rescaleX(this.baseScale);
    this.scaleCache = { t: this.live, base: this.baseScale, scale };
    return scale;
  }

  /** The visible window of a transform, ms. */
  domainOf(t: ViewTransform = this.live): [number, number] {
    const [d0, d1] = t.rescaleX(this.baseScale).domain() as [Date, Date];
    return [d0.getTime(), d1.getTime()];
  }

  /** The largest zoom: the narrowest window is MIN_WINDOW_MS. */
  get maxK(): number {
    const [d0, d1] = this.baseScale.domain() as [Date, Date];
    return Math.max(1, (d1.getTime() - d0.getTime()) / MIN_WINDOW_MS);
  }

  /** Clamps a transform to the zoom range and keeps the view inside the data's extent. */
  constrain(t: ViewTransform): ViewTransform {
    const k = Math.min(this.maxK, Math.max(1, t.k));
    const x = Math.min(0, Math.max(this.plotWidth * (1 - k), t.x));
    return k === t.k && x === t.x ? t : IDENTITY.translate(x).scale(k);
  }

  /** The transform that shows [from, to] (ms), clamped to the data's extent. */
  transformFor(from: number, to: number): ViewTransform {
    const [d0, d1] = this.baseScale.domain() as [Date, Date];
    const x0 = this.baseScale(Math.max(from, d0.getTime()));
    const x1 = this.baseScale(Math.min(to, d1.getTime()));
    const k = this.plotWidth / Math.max(1e-9, x1 - x0);
    return this.constrain(IDENTITY.translate(-x0 * k).scale(k));
  }

  subscribe(listener: ViewportListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks for a frame, e.g. after the data or the theme changed. */
  invalidate(): void {
    if (this.frameId === null) this.frameId = this.clock.request(this.onFrame);
  }

  // ---- Gestures: d3-zoom reports wheel, drag and pinch here. ----

  beginGesture(): void {
    this.animation = null; // the reader takes over from wherever the animation is
    this.cancelSettle(); // a gesture right after another continues it
    this.gestures += 1;
    this.emitMotion();
    this.invalidate();
  }

  gestureTo(t: { k: number; x: number }): void {
    // No goal event: during a gesture the goal is the live view, which frame listeners read.
    this.live = this.constrain(new ViewTransform(t.k, t.x));
    this.invalidate();
  }

  endGesture(): void {
    if (this.gestures === 0) return;
    this.gestures -= 1;
    if (this.gestures > 0) return;
    this.settleTimer = this.clock.after(() => {
      this.settleTimer = null;
      this.emitMotion();
      this.settle('user');
    }, GESTURE_SETTLE_MS);
  }

  private cancelSettle(): void {
    if (this.settleTimer === null) return;
    this.clock.clear(this.settleTimer);
    this.settleTimer = null;
  }

  // ---- Programmatic moves: buttons, keys, links, the overview, revealing a mark. ----

  /**
   * Where the view is going: the running animation's target, or the live view. The toolbar's
   * window label and the axis' granularity signal read this, so they name the destination of a
   * zoom at once instead of passing through its frames.
   */
  get goal(): ViewTransform {
    return this.animation?.target ?? this.live;
  }

  private emitGoal(): void {
    for (const l of [...this.listeners]) l.goal?.();
  }

  /**
   * Zooms by `factor` around screen x `atX` (px; the plot's centre by default) as it will be at
   * the end of the running animation, so repeated calls compose.
   */
  zoomBy(factor: number, atX = this.plotWidth / 2): void {
    const from = this.goal;
    const k = Math.min(this.maxK, Math.max(1, from.k * factor));
    const anchor = from.invertX(atX);
    this.moveTo(IDENTITY.translate(atX - anchor * k).scale(k), 'user');
  }

  /** Zooms by `factor` keeping time `t` (ms) where it is (or will be) on screen. */
  zoomAround(factor: number, t: number): void {
    this.zoomBy(factor, this.goal.applyX(this.baseScale(t)));
  }

  reset(): void {
    this.moveTo(IDENTITY, 'user');
  }

  /**
   * Pans, keeping the zoom, so that time `t` (ms) is in view with some margin, between the
   * `rightInset` and `leftInset` px that something (the details drawer) covers at the plot's
   * right or left. Where a pan cannot (that end of the record is already in view), zooms in about
   * the plot's edge until `t` clears the covered part: the drawer never hides the event it shows.
   * `besideDrawer`: a drawer is open, even one that covers none of the plot (opened on the
   * other side, over the filters): a mark in sight is left where it is.
   */
  reveal(
    t: number,
    rightInset = 0,
    leftInset = 0,
    besideDrawer = rightInset > 0 || leftInset > 0,
  ): void {
    const from = this.goal;
    const left = Math.min(this.plotWidth - 1, Math.max(0, leftInset));
    const right = Math.max(left + 1, this.plotWidth - Math.max(0, rightInset));
    const margin = Math.min(80, (right - left) / 4);
    const x = from.applyX(this.baseScale(t));
    // Beside a drawer, room is scarce (at 1024 px, some 150 px of plot): a mark already in sight
    // stays where it is, however near the edge, so opening the details does not move the mark
    // just clicked from under the pointer.
    const keep = besideDrawer ? 0 : margin;
    if (x >= left + keep && x <= right - keep) return;
    let target = this.constrain(from.translate(((left + right) / 2 - x) / from.k));
    const x2 = target.applyX(this.baseScale(t));
    if (x2 > right - margin) {
      // x' = W − (W − x)·f about the right edge W: f so that x' = right − margin.
      const f = (this.plotWidth - (right - margin)) / Math.max(1, this.plotWidth - x2);
      const k = Math.min(this.maxK, target.k * f);
      const anchor = target.invertX(this.plotWidth);
      target = IDENTITY.translate(this.plotWidth - anchor * k).scale(k);
    } else if (left > 0 && x2 < left + margin) {
      // Beside a drawer on the left (with none, the record's first days are in view as they
      // are): x' = x·f about the left edge 0, f so that x' = left + margin.
      const f = (left + margin) / Math.max(1, x2);
      const k = Math.min(this.maxK, target.k * f);
      const anchor = target.invertX(0);
      target = IDENTITY.translate(-anchor * k).scale(k);
    }
    this.moveTo(target, 'user');
  }

  /** Shows [from, to] (ms): animated for the reader's own moves, at once for `sync`. */
  showWindow(from: number, to: number, source: SettleSource): void {
    const target = this.transformFor(from, to);
    if (source === 'sync') this.jump(target, source);
    else this.moveTo(target, source);
  }

  /**
   * Follows a window from outside (a link, Back): jumps, unless the view already shows it. With
   * `animate` (a story's step) it moves there as the reader's own moves do, unless motion is
   * reduced; it still settles as `sync`, so the window is not written back.
   */
  syncWindow(window: readonly [number, number] | null, toleranceMs: number, animate = false): void {
    const target = window ? this.transformFor(window[0], window[1]) : IDENTITY;
    const [c0, c1] = this.domainOf(this.goal);
    const [t0, t1] = this.domainOf(target);
    if (Math.abs(c0 - t0) < toleranceMs && Math.abs(c1 - t1) < toleranceMs) return;
    if (animate) this.moveTo(target, 'sync');
    else this.jump(target, 'sync');
  }

  /**
   * New base scale or width (resize, new data): the same window stays in view. Any animation is
   * dropped (its target was in the old coordinates), and the result settles as `sync`.
   */
  setBase(base: TimeScale, width: number): void {
    if (base === this.baseScale && width === this.plotWidth) return;
    const [from, to] = this.domainOf(this.goal);
    const wasIdentity = this.goal.k === 1 && this.goal.x === 0;
    this.baseScale = base;
    this.plotWidth = width;
    this.gestures = 0;
    this.jump(wasIdentity ? IDENTITY : this.transformFor(from, to), 'sync');
  }

  private moveTo(t: ViewTransform, source: SettleSource): void {
    this.cancelSettle();
    const target = this.constrain(t);
    if (this.reducedMotion || this.gestures > 0) {
      this.jump(target, source);
      return;
    }
    const current = this.animation?.target ?? this.live;
    if (!this.animation && target.k === current.k && target.x === current.x) return;
    this.animation = {
      from: this.domainOf(this.live),
      to: this.domainOf(target),
      start: this.clock.now(),
      target,
      source,
    };
    this.emitMotion();
    this.emitGoal();
    this.invalidate();
  }

  private jump(t: ViewTransform, source: SettleSource): void {
    this.cancelSettle();
    this.animation = null;
    this.live = this.constrain(t);
    this.emitMotion();
    this.emitGoal();
    this.invalidate();
    this.settle(source);
  }

  private settle(source: SettleSource): void {
    this.settledTransform = this.live;
    for (const l of [...this.listeners]) l.settle?.(source);
  }

  private readonly onFrame = (now: number): void => {
    this.frameId = null;
    const a = this.animation;
    let landed = false;
    if (a) {
      const s = Math.min(1, Math.max(0, (now - a.start) / ANIMATION_MS));
      if (s >= 1) {
        this.live = a.target;
        this.animation = null;
        landed = true;
      } else {
        // Interpolating the window's ends linearly keeps every anchor point of a zoom fixed.
        const e = easeCubicInOut(s);
        const from = a.from[0] + (a.to[0] - a.from[0]) * e;
        const to = a.from[1] + (a.to[1] - a.from[1]) * e;
        this.live = this.transformFor(from, to);
        this.invalidate();
      }
    }
    for (const l of [...this.listeners]) l.frame?.();
    if (landed && a) {
      this.emitMotion();
      this.settle(a.source);
    }
  };
}
