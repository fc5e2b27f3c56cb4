import { describe, expect, it } from 'vitest';
import { storyStepForKey } from './story-keys';

const press = (key: string, more: { modified?: boolean; taken?: boolean } = {}) => ({
  key,
  modified: more.modified ?? false,
  taken: more.taken ?? false,
});

describe('storyStepForKey', () => {
  it('steps forward with → and back with ←', () => {
    expect(storyStepForKey(press('ArrowRight'), 3, 8)).toBe(4);
    expect(storyStepForKey(press('ArrowLeft'), 3, 8)).toBe(2);
  });

  it('stops at the first and the last step', () => {
    expect(storyStepForKey(press('ArrowLeft'), 1, 8)).toBeNull();
    expect(storyStepForKey(press('ArrowRight'), 8, 8)).toBeNull();
  });

  it('leaves other keys, modified keys and keys taken by what has focus alone', () => {
    expect(storyStepForKey(press('ArrowUp'), 3, 8)).toBeNull();
    expect(storyStepForKey(press('ArrowRight', { modified: true }), 3, 8)).toBeNull();
    expect(storyStepForKey(press('ArrowRight', { taken: true }), 3, 8)).toBeNull();
  });
});
