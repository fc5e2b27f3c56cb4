/**
 * A cluster's bubble: its count as written and its size. A bubble is never wider than a mark
 * (render/mark-fit.ts), so the level of detail (lod.ts) spaces bubbles and marks by one rule.
 */
import { MARK_HALF_WIDTH_PX } from '../render/mark-fit';

/** px: half the width of a bubble's outline (drawn 2 px wide). */
export const CLUSTER_OUTLINE_PX = 1;

/** A cluster's count as drawn: "7", "42", "512", "1.2k", "37k". */
export function formatCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toFixed(1)}k`;
  return `${Math.floor(count / 1000)}k`;
}

/** px: the radius of a cluster's bubble: a little larger for a count of two digits or more. */
export function clusterRadius(count: number): number {
  return formatCount(count).length <= 1 ? 9 : MARK_HALF_WIDTH_PX - CLUSTER_OUTLINE_PX;
}

/** px: the font size a count is written in, so that it fits its bubble. */
export function countFontPx(text: string): number {
  return text.length <= 2 ? 11 : text.length === 3 ? 10 : 9;
}
