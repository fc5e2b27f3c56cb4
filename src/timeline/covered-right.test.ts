import { describe, expect, it } from 'vitest';
import { coveredRight } from './covered-right';

const plot = { left: 400, right: 1300, top: 300, bottom: 800 };

describe('coveredRight', () => {
  it('measures a drawer over the right of the plot', () => {
    expect(coveredRight(plot, [{ left: 1040, right: 1440, top: 0, bottom: 900 }])).toBe(260);
  });

  it('ignores what is beside, above or below the plot', () => {
    expect(coveredRight(plot, [{ left: 1300, right: 1440, top: 0, bottom: 900 }])).toBe(0);
    expect(coveredRight(plot, [{ left: 1000, right: 1440, top: 0, bottom: 300 }])).toBe(0);
    expect(coveredRight(plot, [])).toBe(0);
  });

  it('is 0 for a drawer that covers the whole plot (a phone)', () => {
    expect(coveredRight(plot, [{ left: 0, right: 1440, top: 0, bottom: 900 }])).toBe(0);
  });
});
