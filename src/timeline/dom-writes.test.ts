import { describe, expect, it } from 'vitest';
import { isLayerStale, writeFollowOrHide, zoomDiffers } from './dom-writes';

/** An element that records the styles written to it, in order. */
function layer() {
  const writes: string[] = [];
  const style: Record<string, string> = {};
  const el = {
    style: new Proxy(style, {
      set: (target, key, value: string) => {
        writes.push(`${String(key)}=${value}`);
        target[String(key)] = value;
        return true;
      },
    }),
  } as unknown as HTMLElement;
  return { el, writes };
}

describe('writeFollowOrHide', () => {
  it('moves a layer with a pan and hides it, unmoved, during a zoom gesture', () => {
    const { el, writes } = layer();
    const settled = { k: 2, x: -100 };
    writeFollowOrHide(el, { k: 2, x: -90 }, settled, false);
    expect(writes).toEqual(['transform=matrix(1, 0, 0, 1, 10, 0)', 'opacity=']);
    expect(isLayerStale(el)).toBe(false);
    writes.length = 0;
    // A gesture zooming: hidden, and not moved on any frame of it.
    writeFollowOrHide(el, { k: 3, x: -200 }, settled, false);
    writeFollowOrHide(el, { k: 4, x: -300 }, settled, false);
    expect(writes).toEqual(['opacity=0']);
    expect(isLayerStale(el)).toBe(true);
    writes.length = 0;
    // Back at the settled zoom (or a new settle): moved into place before it shows.
    writeFollowOrHide(el, { k: 4, x: -300 }, { k: 4, x: -300 }, false);
    expect(writes).toEqual(['transform=', 'opacity=']);
    expect(isLayerStale(el)).toBe(false);
  });

  it('keeps a hidden layer over the marks during an animation', () => {
    const { el, writes } = layer();
    writeFollowOrHide(el, { k: 2, x: -100 }, { k: 1, x: 0 }, true);
    expect(writes).toEqual(['transform=matrix(2, 0, 0, 1, -100, 0)', 'opacity=0']);
    expect(isLayerStale(el)).toBe(false);
  });

  it('writes nothing when nothing changed', () => {
    const { el, writes } = layer();
    writeFollowOrHide(el, { k: 1, x: 0 }, { k: 1, x: 0 }, true);
    writes.length = 0;
    writeFollowOrHide(el, { k: 1, x: 0 }, { k: 1, x: 0 }, true);
    expect(writes).toEqual([]);
  });
});

describe('zoomDiffers', () => {
  it('tells a zoom from a pan', () => {
    expect(zoomDiffers({ k: 2 }, { k: 2 })).toBe(false);
    expect(zoomDiffers({ k: 2.001 }, { k: 2 })).toBe(true);
  });
});
