import { describe, expect, it } from 'vitest';
import { stanceGeometry } from './paint-stance';

const step = (day: string, levelIndex: number, direction: string, label: string) => ({
  date: new Date(`${day}T00:00:00Z`),
  levelIndex,
  direction,
  label,
});

describe('stanceGeometry', () => {
  it('tells rises and steps that keep the level apart from the others', () => {
    const g = stanceGeometry(
      [
        step('2024-02-08', 2, 'start', 'Written assurances'),
        step('2024-04-24', 2, 'same', 'Written assurances'),
        step('2024-05-08', 4, 'up', 'Pauses a shipment'),
        step('2024-07-10', 3, 'down', 'Holds one category'),
      ],
      6,
      (label) => label.length * 6,
    );
    expect([...g.up]).toEqual([0, 0, 1, 0]);
    expect([...g.same]).toEqual([0, 1, 0, 0]);
    expect([...g.levelIndex]).toEqual([2, 2, 4, 3]);
    expect([...g.labelWidths]).toEqual([108, 108, 102, 108]);
  });
});
