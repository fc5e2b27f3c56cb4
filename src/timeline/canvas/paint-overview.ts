/**
 * The overview strip: era bands and one bar per px of the whole extent. A bar's height grows with
 * the most significant event in it and, on a log scale, with how many events it holds; its
 * colour is the group with the most events there. Drawn once per data, filter, size or theme
 * change, never per frame.
 */
import type { Scene } from '../layout/scene';
import type { Density } from '../layout/density';
import type { CanvasPalette } from './palette';
import type { PaintContext } from './paint-scene';

export function paintOverview(
  ctx: PaintContext,
  density: Density,
  eras: Scene['eras'],
  palette: CanvasPalette,
  width: number,
  height: number,
  dpr: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  for (const era of eras) {
    ctx.fillStyle = era.band ? palette.eraB : palette.eraA;
    ctx.fillRect(era.x0, 0, era.x1 - era.x0, height);
  }
  const bottom = height - 4;
  const room = bottom - 6;
  const logMax = Math.log2(1 + Math.max(1, density.max));
  for (let x = 0; x < density.all.length; x++) {
    const all = density.all[x]!;
    if (all === 0) continue;
    const n = density.matching[x]!;
    if (n === 0) {
      // Only filtered-out events here: a faint stub, so the strip still shows the record's shape.
      ctx.globalAlpha = palette.dim;
      ctx.fillStyle = palette.muted;
      ctx.fillRect(x, bottom - 6, 1.5, 6);
      continue;
    }
    ctx.globalAlpha = 1;
    const bySignificance = 6 + density.significance[x]! * 8;
    const byCount = (room * Math.log2(1 + n)) / logMax;
    const h = Math.min(room, Math.max(bySignificance, byCount));
    ctx.fillStyle = palette.groups[density.colour[x]! % palette.groups.length] ?? palette.text;
    ctx.fillRect(x, bottom - h, 1.5, h);
  }
  ctx.globalAlpha = 1;
}
