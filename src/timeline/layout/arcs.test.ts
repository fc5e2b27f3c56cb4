import { describe, expect, it } from 'vitest';
import { lodParams, NO_KEPT } from './lod';
import { arcMidpoint, arcPath, arcsFrom, ARC_STROKE } from './arcs';
import { RELATION_TYPES } from '../../domain/schema';
import { DAY, T0, modelFrom } from './test-tracks';

describe('arcsFrom', () => {
  it('points at related events both ways, once each, at their drawn item', () => {
    const { model, events } = modelFrom([
      { day: 1, significance: 2 },
      { day: 20, significance: 1 },
      { day: 20, significance: 1 },
      { day: 50, significance: 1 },
    ]);
    const [a, b, , d] = events;
    a!.relations = [
      { type: 'responds-to', target: b!.id },
      { type: 'reaffirms', target: b!.id },
    ];
    d!.relations = [{ type: 'responds-to', target: a!.id }];
    const arcs = arcsFrom(a!, { events }, model, lodParams(DAY / 10), NO_KEPT);
    expect(arcs.map((x) => x.to)).toEqual([b!.id, d!.id]);
    // b is clustered with its same-day neighbour: the arc ends at the cluster.
    expect(arcs[0]!.endItem).toMatch(/^cluster-/);
    expect(arcs[0]!.end.t).toBe(T0 + 20 * DAY);
    expect(arcs[1]!.endItem).toBe(d!.id);
    // Type and direction from the open event's side; a second relation to b is named on the arc.
    expect(arcs.map((x) => [x.type, x.direction, x.label])).toEqual([
      ['responds-to', 'out', 'Responds to; reaffirms'],
      ['responds-to', 'in', 'Responded to by'],
    ]);
  });

  it('draws nothing for an event that is not drawn', () => {
    const { model, events } = modelFrom([{ day: 1, significance: 2 }]);
    const other = { ...events[0]!, id: 'elsewhere' };
    expect(arcsFrom(other, { events }, model, lodParams(DAY), NO_KEPT)).toEqual([]);
  });
});

describe('arcPath', () => {
  it('bows upward more for longer arcs, up to 120 px', () => {
    expect(arcPath(0, 100, 40, 100)).toBe('M0,100 Q20,66 40,100');
    expect(arcPath(0, 100, 2000, 100)).toBe('M0,100 Q1000,-20 2000,100');
  });
});

describe('arcMidpoint', () => {
  it('is the middle of the curve arcPath draws', () => {
    expect(arcMidpoint(0, 100, 40, 100)).toEqual([20, 83]);
    expect(arcMidpoint(0, 100, 2000, 100)).toEqual([1000, 40]);
  });
});

describe('ARC_STROKE', () => {
  it('strokes every relation type', () => {
    for (const type of RELATION_TYPES) expect(ARC_STROKE[type]).toMatch(/solid|dashed|dotted/);
  });
});
