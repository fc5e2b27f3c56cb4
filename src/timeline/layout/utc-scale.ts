/**
 * A linear scale from UTC time to pixels: what the chart uses of d3-scale's `scaleUtc` (map,
 * invert, domain, range, copy), with the same results (tested against it). d3-scale builds every
 * continuous scale on d3-interpolate's generic `interpolate`, which brings d3-color with it, and
 * `scaleUtc` brings d3-time-format's locale for a default tick format the chart never uses
 * (time-scale.ts formats ticks with Intl): about 9 KB gzip of code before the first marks, for
 * what is here one multiplication. Ticks come from d3-time's intervals, as before.
 */

/** The scale's interface; d3-scale's `ScaleTime<number, number>` satisfies it too. */
export interface TimeScale {
  /** px for a time (a Date or ms since the epoch). */
  (time: Date | number): number;
  domain(): Date[];
  domain(domain: readonly (Date | number)[]): this;
  range(): number[];
  range(range: readonly number[]): this;
  /** The time at a px, as a Date. */
  invert(px: number): Date;
  copy(): this;
}

/**
 * t in [0, 1] for x between a and b; 0.5 for an empty interval, as d3's `normalize` (a scale
 * over a single instant puts it in the middle of its range).
 */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  if (span) return (x) => (x - a) / span;
  const mid = Number.isNaN(span) ? NaN : 0.5;
  return () => mid;
}

/** a at t = 0, b at t = 1, in d3-interpolate's `interpolateNumber` form. */
const lerp = (a: number, b: number, t: number) => a * (1 - t) + b * t;

/** ms since the epoch; a number is rounded to a whole ms, as d3's time scales do. */
const ms = (t: Date | number) => (t instanceof Date ? +t : Math.round(t));

/** A linear UTC scale over the first two values of `domain` and `range` (d3 defaults otherwise). */
export function utcScale(
  domain: readonly (Date | number)[] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)],
  range: readonly number[] = [0, 1],
): TimeScale {
  let d0 = ms(domain[0] ?? NaN);
  let d1 = ms(domain[1] ?? NaN);
  let r0 = Number(range[0]);
  let r1 = Number(range[1]);
  // Each direction is normalised from the low end of its input, as d3's `bimap` does, so the
  // results match d3's to the last bit: a reversed domain (or range) swaps both ends.
  let toT = normalize(d0, d1);
  let fromT = normalize(r0, r1);
  const rebuild = () => {
    toT = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
    fromT = r1 < r0 ? normalize(r1, r0) : normalize(r0, r1);
  };
  rebuild();

  function scale(time: Date | number): number {
    const t = toT(ms(time));
    return d1 < d0 ? lerp(r1, r0, t) : lerp(r0, r1, t);
  }
  scale.invert = (px: number): Date => {
    const t = fromT(px);
    // To the nearest ms, as d3's time scales do (a Date would otherwise truncate towards 0).
    return new Date(Math.round(r1 < r0 ? lerp(d1, d0, t) : lerp(d0, d1, t)));
  };
  function domainOf(): Date[];
  function domainOf(next: readonly (Date | number)[]): TimeScale;
  function domainOf(next?: readonly (Date | number)[]): Date[] | TimeScale {
    if (!next) return [new Date(d0), new Date(d1)];
    d0 = ms(next[0] ?? NaN);
    d1 = ms(next[1] ?? NaN);
    rebuild();
    return scale as TimeScale;
  }
  function rangeOf(): number[];
  function rangeOf(next: readonly number[]): TimeScale;
  function rangeOf(next?: readonly number[]): number[] | TimeScale {
    if (!next) return [r0, r1];
    r0 = Number(next[0]);
    r1 = Number(next[1]);
    rebuild();
    return scale as TimeScale;
  }
  scale.domain = domainOf;
  scale.range = rangeOf;
  scale.copy = () => utcScale([d0, d1], [r0, r1]);
  return scale as TimeScale;
}
