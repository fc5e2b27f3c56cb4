/**
 * The chart's zoom transform over its base scale: screen x = k · base(t) + x. It is the
 * horizontal half of d3-zoom's ZoomTransform, with the same methods and results (tested against
 * it), because the chart never zooms vertically — and because d3-zoom ships as one module: taking
 * its transform would load its gestures with d3-transition, d3-interpolate and d3-color before
 * the first marks. zoom-behaviour.ts converts between the two at the gesture boundary.
 */
import type { TimeScale } from './layout/time-scale';

export class ViewTransform {
  constructor(
    readonly k: number,
    readonly x: number,
  ) {}

  /** This transform, then zoomed by `k` around the origin (d3's `transform.scale`). */
  scale(k: number): ViewTransform {
    return k === 1 ? this : new ViewTransform(this.k * k, this.x);
  }

  /** This transform, then moved by `x` in its own units (d3's `transform.translate`). */
  translate(x: number): ViewTransform {
    return x === 0 ? this : new ViewTransform(this.k, this.x + this.k * x);
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** The scale as drawn under this transform: its domain narrowed to what the range shows. */
  rescaleX(scale: TimeScale): TimeScale {
    return scale.copy().domain(scale.range().map((px) => scale.invert(this.invertX(px))));
  }
}

export const IDENTITY = new ViewTransform(1, 0);
