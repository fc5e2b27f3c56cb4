import { describe, expect, it } from 'vitest';
import { labelLeader } from './label-leader';

describe('labelLeader', () => {
  it('draws none for a label beside its mark', () => {
    expect(labelLeader({ x: 100, y: 40, markY: 40, x0: 114, x1: 200, side: 'right' })).toBeNull();
    expect(labelLeader({ x: 100, y: 40, markY: 40, x0: 10, x1: 86, side: 'left' })).toBeNull();
  });

  it('joins a label slid along its line to its near edge, leaving the mark clear', () => {
    const leader = labelLeader({ x: 100, y: 40, markY: 40, x0: 160, x1: 260, side: 'right' })!;
    expect(leader).toEqual({ x1: 106, y1: 40, x2: 158, y2: 40 });
    const left = labelLeader({ x: 300, y: 40, markY: 40, x0: 100, x1: 250, side: 'left' })!;
    expect(left.x2).toBe(252);
    expect(left.x1).toBe(294);
  });

  it('runs straight up or down to a label on another row that spans the mark', () => {
    const below = labelLeader({ x: 100, y: 64, markY: 40, x0: 60, x1: 180, side: 'right' })!;
    expect(below.x1).toBe(100);
    expect(below.x2).toBe(100);
    // To the top of the text below the mark, from 6 px under the mark's centre.
    expect(below.y1).toBe(46);
    expect(below.y2).toBeLessThan(64);
    const above = labelLeader({ x: 100, y: 16, markY: 40, x0: 60, x1: 180, side: 'right' })!;
    expect(above.y2).toBeGreaterThan(16);
    expect(above.y1).toBe(34);
  });
});
