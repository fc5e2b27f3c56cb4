import { describe, expect, it } from 'vitest';
import { GESTURE_LABEL_MS, labelDue } from './window-label';

describe('labelDue', () => {
  it('rewrites the label on every frame of an animation or jump', () => {
    expect(labelDue(false, 1000, 999.5)).toBe(true);
  });

  it('rewrites it GESTURE_LABEL_MS apart during a gesture', () => {
    expect(labelDue(true, 1000, -Infinity)).toBe(true);
    expect(labelDue(true, 1000 + GESTURE_LABEL_MS - 1, 1000)).toBe(false);
    expect(labelDue(true, 1000 + GESTURE_LABEL_MS, 1000)).toBe(true);
  });
});
