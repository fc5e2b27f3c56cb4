import { describe, expect, it } from 'vitest';
import { countFont, NEW_COUNTED_PER_FRAME, SpriteCache } from './sprites';
import type { CanvasPalette } from './palette';

const palette = {
  bg: '#fff',
  text: '#111',
  markStroke: '#fff',
  groups: ['#0067a5', '#c1440e'],
  font: 'Arimo, sans-serif',
} as unknown as CanvasPalette;

/** A canvas that records what is drawn on it. */
function recorder() {
  const made: Array<{ size: number; calls: string[] }> = [];
  const makeCanvas = (size: number) => {
    const calls: string[] = [];
    made.push({ size, calls });
    const ctx = new Proxy(
      {},
      {
        get:
          (_target, key) =>
          (...args: unknown[]) =>
            calls.push(`${String(key)}(${args.join(',')})`),
        set: (_target, key, value) => {
          calls.push(`${String(key)}=${String(value)}`);
          return true;
        },
      },
    ) as unknown as CanvasRenderingContext2D;
    return { canvas: {} as CanvasImageSource, ctx };
  };
  return { made, makeCanvas };
}

describe('SpriteCache.bubbleWithCount', () => {
  it('draws a bubble and its count once per radius, colour, fill and text', () => {
    const { made, makeCanvas } = recorder();
    const cache = new SpriteCache(palette, 2, false, makeCanvas, () => true);
    const a = cache.bubbleWithCount(11, 0, true, '42');
    expect(cache.bubbleWithCount(11, 0, true, '42')).toBe(a);
    expect(made).toHaveLength(1);
    const calls = made[0]!.calls;
    // The count in the page's bold font, centred half a px below the centre, in the fill's
    // contrasting colour (the background on a filled bubble).
    expect(calls).toContain(`font=${countFont('42', palette.font)}`);
    expect(calls).toContain('fillText(42,0,0.5)');
    expect(calls.filter((c) => c.startsWith('fillStyle='))).toEqual([
      'fillStyle=#0067a5',
      'fillStyle=#fff',
    ]);
    cache.bubbleWithCount(11, 0, false, '42');
    cache.bubbleWithCount(11, 1, true, '42');
    cache.bubbleWithCount(11, 0, true, '43');
    expect(made).toHaveLength(4);
  });

  it('holds the widest count whole', () => {
    const { made, makeCanvas } = recorder();
    const cache = new SpriteCache(palette, 1, false, makeCanvas, () => true);
    cache.bubbleWithCount(9, 0, false, '7');
    cache.bubbleWithCount(11, 0, false, '9.9k');
    // 4 characters of 9 px bold, at most 0.7 em each: 25.2 px, so at least 13 px each side.
    expect(made[0]!.size).toBe(22);
    expect(made[1]!.size).toBeGreaterThanOrEqual(2 * 13);
  });

  it('makes a few new ones per frame, and the rest in the frames after', () => {
    const { made, makeCanvas } = recorder();
    const cache = new SpriteCache(palette, 1, false, makeCanvas, () => true);
    const counts = Array.from({ length: NEW_COUNTED_PER_FRAME + 3 }, (_, i) => String(i + 2));
    cache.beginFrame();
    const first = counts.map((c) => cache.bubbleWithCount(11, 0, false, c));
    expect(first.filter((s) => s !== null)).toHaveLength(NEW_COUNTED_PER_FRAME);
    expect(first.slice(NEW_COUNTED_PER_FRAME)).toEqual([null, null, null]);
    // The ones made are still there within the frame; the rest come with the next.
    expect(cache.bubbleWithCount(11, 0, false, counts[0]!)).toBe(first[0]);
    cache.beginFrame();
    const second = counts.map((c) => cache.bubbleWithCount(11, 0, false, c));
    expect(second.every((s) => s !== null)).toBe(true);
    expect(second.slice(0, NEW_COUNTED_PER_FRAME)).toEqual(first.slice(0, NEW_COUNTED_PER_FRAME));
    expect(made).toHaveLength(counts.length);
  });

  it('makes no bitmap while the font is loading, and makes it once the font is there', () => {
    const { made, makeCanvas } = recorder();
    let ready = false;
    const cache = new SpriteCache(palette, 1, false, makeCanvas, () => ready);
    expect(cache.bubbleWithCount(11, 0, true, '12')).toBeNull();
    expect(made).toHaveLength(0);
    ready = true;
    expect(cache.bubbleWithCount(11, 0, true, '12')).not.toBeNull();
    expect(made).toHaveLength(1);
  });
});
