/**
 * The box of what is drawn for an item of the scene, in plot px: a mark's shape with its outline
 * (render/mark-fit.ts), or a cluster's bubble with its outline. A span's bar is not part of it:
 * bars are drawn faintly under the marks, and rows keep them clear of the next mark.
 */
import { markExtent } from '../render/mark-fit';
import { CLUSTER_OUTLINE_PX } from './cluster-size';
import type { SceneItem } from './scene';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function sceneItemBox(item: SceneItem, compact: boolean): Box {
  if (item.kind === 'cluster') {
    const h = item.r + CLUSTER_OUTLINE_PX;
    return { x0: item.x - h, y0: item.y - h, x1: item.x + h, y1: item.y + h };
  }
  const e = markExtent(item.type, item.significance, compact);
  return { x0: item.x - e.left, y0: item.y - e.up, x1: item.x + e.right, y1: item.y + e.down };
}

/** px: boxes that share less than this are apart (rounding in the scale's arithmetic). */
const EPSILON = 1e-6;

/** True when two boxes overlap by more than a rounding error; touching edges do not. */
export function boxesTouch(a: Box, b: Box): boolean {
  return (
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > EPSILON &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > EPSILON
  );
}
