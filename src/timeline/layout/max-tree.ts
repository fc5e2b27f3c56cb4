/**
 * A static max segment tree over numbers: "the next index at or after i whose value is at least
 * t" (and the previous one) in O(log n), for any threshold t chosen at query time.
 *
 * This is what makes the level-of-detail index exact at every zoom: over the gaps between
 * consecutive marks, single-linkage clusters at a threshold are the runs between gaps ≥ t, so
 * one tree answers every zoom level at once (the gaps are the "multi-resolution index"), and
 * finding a run's ends costs O(log n) however many events it holds. Two Float64Arrays of 2·2^⌈log₂ n⌉,
 * built once per data or filter change in O(n).
 */
export class MaxTree {
  readonly length: number;
  private readonly size: number;
  /** Heap layout: node i has children 2i and 2i+1; leaves start at `size`; padding is -∞. */
  private readonly tree: Float64Array;

  constructor(values: ArrayLike<number>) {
    const n = values.length;
    let size = 1;
    while (size < n) size *= 2;
    const tree = new Float64Array(2 * size).fill(-Infinity);
    for (let i = 0; i < n; i++) tree[size + i] = values[i]!;
    for (let i = size - 1; i >= 1; i--) tree[i] = Math.max(tree[2 * i]!, tree[2 * i + 1]!);
    this.length = n;
    this.size = size;
    this.tree = tree;
  }

  /** The value at index i. */
  get(i: number): number {
    return this.tree[this.size + i]!;
  }

  /** The smallest index ≥ `from` whose value is ≥ t, or `length` when there is none. */
  nextAtLeast(from: number, t: number): number {
    const { tree, size, length } = this;
    if (from >= length) return length;
    let i = Math.max(0, from) + size;
    if (tree[i]! >= t) return i - size;
    // Climb until a right sibling holds a value ≥ t, then descend to its leftmost such leaf.
    for (;;) {
      if (i <= 1) return length;
      if ((i & 1) === 0 && tree[i + 1]! >= t) {
        i += 1;
        break;
      }
      i >>= 1;
    }
    while (i < size) i = tree[2 * i]! >= t ? 2 * i : 2 * i + 1;
    return Math.min(i - size, length);
  }

  /** The largest index ≤ `from` whose value is ≥ t, or -1 when there is none. */
  prevAtLeast(from: number, t: number): number {
    const { tree, size, length } = this;
    if (from < 0 || length === 0) return -1;
    let i = Math.min(from, length - 1) + size;
    if (tree[i]! >= t) return i - size;
    for (;;) {
      if (i <= 1) return -1;
      if ((i & 1) === 1 && tree[i - 1]! >= t) {
        i -= 1;
        break;
      }
      i >>= 1;
    }
    while (i < size) i = tree[2 * i + 1]! >= t ? 2 * i + 1 : 2 * i;
    return i - size;
  }
}
