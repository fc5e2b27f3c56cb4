import { describe, expect, it } from 'vitest';
import { offersOrientChoice, orientChoice, resolveOrient } from './orient';

describe('resolveOrient', () => {
  it('reads top to bottom on a phone and left to right above it by default', () => {
    expect(resolveOrient('auto', true)).toBe('vertical');
    expect(resolveOrient('auto', false)).toBe('horizontal');
  });

  it('keeps an explicit choice at any width', () => {
    expect(resolveOrient('horizontal', true)).toBe('horizontal');
    expect(resolveOrient('vertical', false)).toBe('vertical');
  });
});

describe('orientChoice', () => {
  it('writes the default of the current width as auto, so a link leaves it out', () => {
    expect(orientChoice('vertical', true)).toBe('auto');
    expect(orientChoice('horizontal', false)).toBe('auto');
  });

  it('writes a choice against the default explicitly', () => {
    expect(orientChoice('horizontal', true)).toBe('horizontal');
    expect(orientChoice('vertical', false)).toBe('vertical');
  });
});

describe('offersOrientChoice', () => {
  it('offers the choice on a phone, and above it only while reading top to bottom', () => {
    expect(offersOrientChoice('auto', true)).toBe(true);
    expect(offersOrientChoice('horizontal', true)).toBe(true);
    expect(offersOrientChoice('auto', false)).toBe(false);
    expect(offersOrientChoice('horizontal', false)).toBe(false);
    expect(offersOrientChoice('vertical', false)).toBe(true);
  });
});
