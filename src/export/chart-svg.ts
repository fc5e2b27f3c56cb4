/**
 * The exported image as SVG text: a header, the chart drawn from the same scene the canvas
 * paints (era bands, axis, lanes, bars, clusters, marks, labels), the stance tracks and a
 * footer with the link, the dataset's date and the numbered sources. Pure string building, so
 * the result is the same in a test, a worker or the page; the PNG is this SVG rasterised.
 *
 * Fonts: the text is set in Arimo (metrically the same as the page's Liberation Sans), with its
 * WOFF2 files embedded as data URLs when the caller passes them, so the file renders the same in
 * any browser, editor or slide deck, installed fonts or not.
 */
import { EVENT_TYPES } from '../domain/schema-constants';
import type { EventType } from '../domain/schema';
import { formatDatePattern } from '../domain/dates';
import { TYPE_LABEL } from '../domain/labels';
import { haloUnder, markArea, markPath } from '../timeline/render/shapes';
import { markAreaOf } from '../timeline/render/mark-fit';
import type { SceneCluster, SceneEvent } from '../timeline/layout/scene';
import { countFontPx, formatCount } from '../timeline/layout/cluster-size';
import { estimateTextWidth } from '../timeline/layout/labels';
import { LABEL_FONT_PX } from '../timeline/layout/scene-labels';
import { labelLeader } from '../timeline/layout/label-leader';
import { MARKER_R } from '../timeline/canvas/paint-stance';
import { levelTicks, levelY, trackHeight } from '../timeline/layout/stance-scale';
import type { ChartView } from './chart-view';
import { sourceText, type ImageNotes } from './image-notes';
import type { ExportPalette } from './export-palette';

export interface SvgFont {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** `data:font/woff2;base64,…` */
  url: string;
  /** CSS unicode-range, where the file covers part of Unicode only. */
  unicodeRange?: string;
}

export interface SvgOptions {
  palette: ExportPalette;
  fonts: readonly SvgFont[];
  /** Heading over the stance tracks: "How the stance of the United States shifted". */
  stanceTitle: string;
  locale?: string;
}

export interface ChartSvg {
  svg: string;
  /** px (CSS): the image's size; the PNG is twice that. */
  width: number;
  height: number;
}

export const FONT_STACK = "Arimo, 'Liberation Sans', Arial, Helvetica, sans-serif";
const PAD = 12;
const LINE = 18;

/** Escapes text for XML content and attribute values, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** px → text with at most two decimals: keeps the file small and diffs stable. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Bold text runs wider than the regular widths `estimateTextWidth` knows. */
const BOLD = 1.08;

/** Cuts text to fit `width` px at `size` px, ending it with "…" when cut. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  const w = (s: string) => estimateTextWidth(s, size) * (bold ? BOLD : 1);
  if (w(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (w(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Splits text into lines no wider than `width`: at spaces where it can, and anywhere inside a
 * word (a long URL) where it must, so that nothing is cut off.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => estimateTextWidth(s, size) <= width;
  for (const word of text.split(/(?<= )/)) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface TextOptions {
  size: number;
  fill: string;
  weight?: 700;
  italic?: boolean;
  anchor?: 'middle' | 'end';
  baseline?: 'central';
  underline?: boolean;
  halo?: string;
}

function text(x: number, y: number, content: string, o: TextOptions): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    `font-size="${o.size}"`,
    `fill="${o.fill}"`,
    o.weight ? `font-weight="${o.weight}"` : '',
    o.italic ? 'font-style="italic"' : '',
    o.anchor ? `text-anchor="${o.anchor}"` : '',
    o.baseline ? `dominant-baseline="${o.baseline}"` : '',
    o.underline ? 'text-decoration="underline"' : '',
    o.halo
      ? `stroke="${o.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
      : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/**
 * Text in at most `max` lines of `width`: wrapped at spaces, the last line cut with "…" when the
 * text is longer still. Bold text is measured wider.
 */
export function clampLines(
  content: string,
  width: number,
  size: number,
  max: number,
  bold = false,
): string[] {
  const lines = wrapText(content, width / (bold ? BOLD : 1), size);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), fitText(lines.slice(max - 1).join(' '), width, size, bold)];
}

function header(
  notes: ImageNotes,
  width: number,
  p: ExportPalette,
): { svg: string; height: number } {
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = 28;
  for (const line of clampLines(notes.title, inner, 20, 3, true)) {
    parts.push(text(PAD, y, line, { size: 20, weight: 700, fill: p.text }));
    y += 24;
  }
  y -= 2;
  parts.push(text(PAD, y, fitText(notes.range, inner, 14), { size: 14, fill: p.text }));
  for (const line of [notes.filters, notes.open ?? '']) {
    if (!line) continue;
    for (const part of clampLines(line, inner, 13, 2)) {
      y += LINE;
      parts.push(text(PAD, y, part, { size: 13, fill: p.muted }));
    }
  }
  return { svg: parts.join(''), height: y + 14 };
}

function groupColour(p: ExportPalette, index: number): string {
  return p.groups[index % p.groups.length] ?? p.text;
}

/** The lane names in the gutter (or above each lane on a narrow chart), as on screen. */
function laneNames(view: ChartView, p: ExportPalette): string {
  const { scene, geometry } = view;
  const out: string[] = [];
  if (geometry.gutter > 0) {
    out.push(
      `<rect x="0" y="${scene.axisHeight}" width="${geometry.gutter}" height="${n(scene.height - scene.axisHeight - 8)}" fill="${p.surface}"/>`,
    );
  }
  for (const lane of scene.lanes) {
    const colour = groupColour(p, view.laneColour.get(lane.id) ?? 0);
    const swatch = lane.kind !== 'type' && lane.depth === 0;
    const inline = geometry.gutter === 0;
    const x = inline ? 8 : lane.depth === 1 ? 28 : 10;
    const y = inline ? lane.top + 12 : lane.top + lane.height / 2;
    const size = inline ? 12 : 13;
    const textX = swatch ? x + 18 : x;
    const room = (inline ? view.width : geometry.gutter - 8) - textX;
    if (swatch) {
      out.push(`<rect x="${x}" y="${n(y - 6)}" width="12" height="12" rx="3" fill="${colour}"/>`);
    }
    // A long name takes two lines where the lane is tall enough, as the HTML label wraps.
    const bold = lane.depth === 0;
    const wrapped = wrapText(lane.label, room / (bold ? BOLD : 1), size);
    const lines =
      wrapped.length > 1 && !inline && lane.height >= 2 * size + 6
        ? [wrapped[0]!, fitText(wrapped.slice(1).join(' '), room, size, bold)]
        : [fitText(lane.label, room, size, bold)];
    lines.forEach((line, i) => {
      out.push(
        text(textX, y + (i - (lines.length - 1) / 2) * (size + 2), line, {
          size,
          fill: p.text,
          weight: bold ? 700 : undefined,
          baseline: 'central',
          halo: inline ? p.bg : undefined,
        }),
      );
    });
    if (!inline) {
      const bottom = Math.round(lane.top + lane.height) - 0.5;
      out.push(
        `<line x1="0" x2="${geometry.gutter}" y1="${n(bottom)}" y2="${n(bottom)}" stroke="${p.border}"/>`,
      );
    }
  }
  if (geometry.gutter > 0) {
    const g = geometry.gutter - 0.5;
    out.push(
      `<line x1="${g}" x2="${g}" y1="${scene.axisHeight}" y2="${n(scene.height - 8)}" stroke="${p.border}"/>`,
    );
  }
  return out.join('');
}

/** Era bands, lane rules, grid and axis: the scene's background, as paint-scene draws it. */
function background(view: ChartView, p: ExportPalette): string {
  const { scene } = view;
  const bottom = scene.height - 8;
  const out: string[] = [];
  for (const era of scene.eras) {
    out.push(
      `<rect x="${n(era.x0)}" y="0" width="${n(era.x1 - era.x0)}" height="${n(bottom)}" fill="${era.band ? p.eraB : p.eraA}"/>`,
    );
  }
  for (const era of scene.eras) {
    if (era.labelled) {
      out.push(text(era.x0 + 6, 12, era.label, { size: 11, italic: true, fill: p.muted }));
    }
  }
  const rules = scene.lanes.map((lane) => {
    const y = Math.round(lane.top + lane.height) - 0.5;
    return `M0 ${n(y)}H${n(scene.width)}`;
  });
  if (rules.length) out.push(`<path d="${rules.join('')}" stroke="${p.border}" fill="none"/>`);
  const grid = scene.ticks.major.map(
    (t) => `M${n(Math.round(t.x) + 0.5)} ${scene.axisHeight - 10}V${n(bottom)}`,
  );
  if (grid.length) {
    out.push(`<path d="${grid.join('')}" stroke="${p.border}" stroke-opacity="0.7" fill="none"/>`);
  }
  const minor = scene.ticks.minor.map(
    (t) => `M${n(Math.round(t.x) + 0.5)} ${scene.axisHeight - 5}V${scene.axisHeight}`,
  );
  minor.push(`M0 ${scene.axisHeight - 0.5}H${n(scene.width)}`);
  out.push(`<path d="${minor.join('')}" stroke="${p.muted}" fill="none"/>`);
  for (const t of scene.ticks.major) {
    const x = t.x + 4;
    // As on the canvas: a label that would run off the right edge is left out.
    if (x + estimateTextWidth(t.label, 12) > scene.width - 2) continue;
    out.push(text(x, scene.axisHeight - 12, t.label, { size: 12, fill: p.text }));
  }
  return out.join('');
}

const symbolId = (type: EventType, area: number) => `m-${type}-${area}`;

/** Bars, clusters and marks, in the canvas' order: a key event is never under a bubble. */
function marks(
  view: ChartView,
  p: ExportPalette,
  selected: string | null,
): { body: string; defs: string } {
  const { scene, compact } = view;
  const out: string[] = [];
  const symbols = new Map<string, string>();
  const opacity = (dimmed: boolean, k = 1) =>
    dimmed || k !== 1 ? ` opacity="${n((dimmed ? p.dim : 1) * k)}"` : '';
  for (const item of scene.items) {
    if (item.kind !== 'event' || item.x1 === item.x) continue;
    out.push(
      `<rect x="${n(item.x)}" y="${n(item.y - 5)}" width="${n(item.x1 - item.x)}" height="10" rx="5" fill="${groupColour(p, item.colour)}"${opacity(item.dimmed, 0.35)}/>`,
    );
  }
  for (const item of scene.items) {
    if (item.kind === 'cluster') out.push(cluster(item, p, opacity(item.dimmed)));
  }
  const events = scene.items.filter((i): i is SceneEvent => i.kind === 'event');
  const bySignificance = (e: SceneEvent) => Math.min(3, Math.max(1, e.significance));
  // The open event last: no mark of the same days hides it.
  const rank = (e: SceneEvent) => (e.id === selected ? 4 : bySignificance(e));
  events.sort((a, b) => rank(a) - rank(b));
  for (const item of events) {
    const area = markAreaOf(item.type, item.significance, compact);
    const id = symbolId(item.type, area);
    if (!symbols.has(id)) symbols.set(id, `<path id="${id}" d="${markPath(item.type, area)}"/>`);
    out.push(
      `<use href="#${id}" x="${n(item.x)}" y="${n(item.y)}" fill="${groupColour(p, item.colour)}" stroke="${p.markStroke}" stroke-width="1.5"${haloUnder(item.type) ? ' paint-order="stroke"' : ''}${opacity(item.dimmed)}/>`,
    );
    if (item.id === selected) {
      out.push(
        `<circle cx="${n(item.x)}" cy="${n(item.y)}" r="${n(item.r + 5)}" fill="none" stroke="${p.text}" stroke-width="2"/>`,
      );
    }
  }
  return { body: out.join(''), defs: [...symbols.values()].join('') };
}

function cluster(item: SceneCluster, p: ExportPalette, opacity: string): string {
  const colour = groupColour(p, item.colour);
  const key = item.keyCount > 0;
  const count = formatCount(item.count);
  return (
    `<g${opacity}><circle cx="${n(item.x)}" cy="${n(item.y)}" r="${item.r}" fill="${key ? colour : p.bg}" stroke="${colour}" stroke-width="2"/>` +
    text(item.x, item.y + 0.5, count, {
      size: countFontPx(count),
      weight: 700,
      anchor: 'middle',
      baseline: 'central',
      fill: key ? p.bg : p.text,
    }) +
    '</g>'
  );
}

/**
 * What the marks mean, as under the chart on screen: a shape per type in the picture, size for
 * significance, the cluster bubble when there is one, colour for the group. Wrapped to the width.
 */
function legend(view: ChartView, p: ExportPalette): { svg: string; height: number } {
  const present = new Set(
    view.scene.items.filter((i): i is SceneEvent => i.kind === 'event').map((i) => i.type),
  );
  const hasClusters = view.scene.items.some((i) => i.kind === 'cluster');
  type Entry = { icon: (x: number, y: number) => string; iconWidth: number; label: string };
  const shape = (type: EventType, area: number, x: number, y: number) =>
    `<path d="${markPath(type, area)}" transform="translate(${n(x)} ${n(y)})" fill="${p.text}"/>`;
  const entries: Entry[] = EVENT_TYPES.filter((t) => present.has(t)).map((t) => ({
    icon: (x, y) => shape(t, 90, x + 8, y),
    iconWidth: 16,
    label: TYPE_LABEL[t],
  }));
  entries.push({
    icon: (x, y) =>
      [1, 2, 3].map((s, i) => shape('statement', markArea(s), x + 6 + i * 15, y)).join(''),
    iconWidth: 46,
    label: 'Size: significance',
  });
  if (hasClusters) {
    entries.push({
      icon: (x, y) =>
        `<circle cx="${n(x + 9)}" cy="${n(y)}" r="7" fill="${p.bg}" stroke="${p.text}" stroke-width="1.5"/>` +
        text(x + 9, y + 0.5, '3', {
          size: 10,
          weight: 700,
          anchor: 'middle',
          baseline: 'central',
          fill: p.text,
        }),
      iconWidth: 18,
      label: 'Cluster of minor events',
    });
  }
  entries.push({ icon: () => '', iconWidth: 0, label: 'Colour: the actor group (lane names)' });
  const out: string[] = [];
  const left = view.compact ? PAD : view.geometry.gutter;
  let x = left;
  let y = 10;
  for (const e of entries) {
    const gap = e.iconWidth ? 5 : 0;
    const w = e.iconWidth + gap + estimateTextWidth(e.label, 12);
    if (x > left && x + w > view.width - PAD) {
      x = left;
      y += 20;
    }
    out.push(
      e.icon(x, y),
      text(x + e.iconWidth + gap, y, e.label, { size: 12, fill: p.muted, baseline: 'central' }),
    );
    x += w + 14;
  }
  return { svg: out.join(''), height: y + 12 };
}

/**
 * Event titles where the label layer puts them: beside their marks, or slid along their line or
 * onto another row of the lane, joined to the mark by a leader line.
 */
function labels(view: ChartView, p: ExportPalette): string {
  const leaders = view.labels.flatMap((l) => {
    const d = labelLeader(l);
    return d
      ? [
          `<line x1="${n(d.x1)}" y1="${n(d.y1)}" x2="${n(d.x2)}" y2="${n(d.y2)}" stroke="${p.muted}" stroke-width="1"/>`,
        ]
      : [];
  });
  const texts = view.labels.map((l) =>
    text(l.side === 'right' ? l.x0 : l.x1, l.y, l.text, {
      size: LABEL_FONT_PX,
      fill: p.text,
      weight: l.significance >= 3 ? 700 : undefined,
      anchor: l.side === 'left' ? 'end' : undefined,
      baseline: 'central',
      underline: l.selected,
      halo: p.bg,
    }),
  );
  return leaders.join('') + texts.join('');
}

/** The stance tracks: per dimension, the levels, the step line and a marker per change. */
function stance(
  view: ChartView,
  title: string,
  p: ExportPalette,
  locale?: string,
): { svg: string; height: number } {
  if (view.stance.length === 0) return { svg: '', height: 0 };
  const { plotWidth, compact } = view;
  const gutter = view.geometry.gutter;
  const out: string[] = [];
  let y = 16;
  for (const line of clampLines(title, view.width - 2 * PAD, 14, 2, true)) {
    out.push(text(PAD, y, line, { size: 14, weight: 700, fill: p.text }));
    y += 18;
  }
  for (const line of clampLines(
    'Levels are an editorial assessment by the dataset’s authors.',
    view.width - 2 * PAD,
    12,
    2,
  )) {
    out.push(text(PAD, y - 2, line, { size: 12, fill: p.muted }));
    y += 16;
  }
  // The key to the markers, as under the tracks' heading on screen.
  const key: Array<[string, number, boolean]> = [
    ['Level rose', MARKER_R, true],
    ['Level fell, or the first level on record', MARKER_R, false],
  ];
  if (view.stance.some((t) => t.steps.some((s) => s.same))) {
    key.push(['An event at the level already in force', MARKER_R - 2, true]);
  }
  let kx = PAD + MARKER_R;
  for (const [label, r, filled] of key) {
    const w = estimateTextWidth(label, 12);
    if (kx + w + 20 > view.width - PAD && kx > PAD + MARKER_R) {
      kx = PAD + MARKER_R;
      y += 16;
    }
    out.push(
      `<circle cx="${n(kx)}" cy="${n(y + 2)}" r="${r}" fill="${filled ? p.stance : p.bg}" stroke="${p.stance}" stroke-width="2.5"/>`,
      text(kx + 10, y + 6, label, { size: 12, fill: p.muted }),
    );
    kx += w + 36;
  }
  y += 24;
  // The window's last day (its domain ends at the exclusive end of it), as on screen.
  const day = formatDatePattern(view.domain[1] - 1, 'day-long', locale);
  for (const track of view.stance) {
    // The dimension's name on a row of its own, as on screen; beside the track its level scale,
    // each name at its line (cut to the gutter), or on a narrow chart the scale as one line of
    // text under the name, lowest level first.
    // The level in force when the window ends is named at the right of the name, over the
    // plot's right edge (under the name on a narrow chart).
    const now = track.steps.at(-1);
    const nowText = `On ${day}: `;
    const nowWidth = now
      ? estimateTextWidth(nowText, 12) + estimateTextWidth(now.label, 12) * BOLD
      : 0;
    const room = compact ? view.width - 16 : view.width - 2 * PAD;
    out.push(`<path d="M0 ${n(y + 0.5)}H${n(view.width)}" stroke="${p.border}"/>`);
    y += 14;
    out.push(
      text(
        compact ? 8 : 10,
        y,
        fitText(track.name, compact ? room : room - nowWidth - 16, 12, true),
        {
          size: 12,
          weight: 700,
          fill: p.text,
        },
      ),
    );
    if (now) {
      if (compact) y += 15;
      const x = compact ? 8 : view.width - 4;
      out.push(
        `<text x="${n(x)}" y="${n(y)}" font-size="12" fill="${p.muted}"${compact ? '' : ' text-anchor="end"'}>${escapeXml(nowText)}<tspan font-weight="700" fill="${p.text}">${escapeXml(now.label)}</tspan></text>`,
      );
    }
    if (compact) {
      for (const line of clampLines(track.levels.join(' → '), room, 11, 3)) {
        y += 14;
        out.push(text(8, y, line, { size: 11, fill: p.muted }));
      }
    }
    const top = y + 2;
    const height = trackHeight(track.levels.length);
    if (!compact) {
      for (const tick of levelTicks(track.levels)) {
        out.push(
          text(gutter - 8, top + tick.y, fitText(tick.label, gutter - 18, 10.5), {
            size: 10.5,
            fill: p.muted,
            anchor: 'end',
            baseline: 'central',
          }),
        );
      }
    }
    out.push(
      `<g transform="translate(${gutter} ${n(top)})" clip-path="url(#stance-clip)">${stanceTrack(track, plotWidth, p)}</g>`,
    );
    y = top + height + 4;
  }
  return { svg: out.join(''), height: y };
}

/** px: the tallest stance track's height; one clip serves every track. */
function stanceClipHeight(view: ChartView): number {
  return Math.max(0, ...view.stance.map((t) => trackHeight(t.levels.length)));
}

function stanceTrack(track: ChartView['stance'][number], width: number, p: ExportPalette): string {
  const levels = track.levels.length;
  const out: string[] = [];
  const dotted = track.levels.map(
    (_, i) => `M0 ${n(Math.round(levelY(i, levels)) + 0.5)}H${n(width)}`,
  );
  out.push(
    `<path d="${dotted.join('')}" stroke="${p.border}" stroke-dasharray="1 3" fill="none"/>`,
  );
  if (track.steps.length === 0) return out.join('');
  const line = track.steps
    .map((s, k) => {
      const y = n(levelY(s.levelIndex, levels));
      return `${k === 0 ? 'M' : 'L'}${n(s.x)} ${y}H${n(s.x1)}`;
    })
    .join('');
  out.push(`<path d="${line}" stroke="${p.stance}" stroke-width="2.5" fill="none"/>`);
  for (const s of track.steps) {
    // The level in force when the window opens is named at the left edge.
    const x = Math.max(0, s.x);
    const w = estimateTextWidth(s.label, 11);
    if (w >= s.x1 - x - 10) continue;
    const y = levelY(s.levelIndex, levels) - 5;
    out.push(
      `<rect x="${n(x + 4)}" y="${n(y - 9)}" width="${n(w + 4)}" height="12" fill="${p.bg}"/>`,
      text(x + 6, y, s.label, { size: 11, fill: p.text }),
    );
  }
  let last = -Infinity;
  for (const s of track.steps) {
    // A change before the window has no marker in it (the line still shows its level).
    if (s.x < 0 || s.x - last < 2 * MARKER_R) continue;
    last = s.x;
    out.push(
      `<circle cx="${n(s.x)}" cy="${n(levelY(s.levelIndex, levels))}" r="${s.same ? MARKER_R - 2 : MARKER_R}" fill="${s.up || s.same ? p.stance : p.bg}" stroke="${p.stance}" stroke-width="2.5"/>`,
    );
  }
  return out.join('');
}

/** The footer: the link to this view, the dataset's date, the numbered sources. */
function footer(
  notes: ImageNotes,
  width: number,
  p: ExportPalette,
  locale?: string,
): { svg: string; height: number } {
  const inner = width - 2 * PAD;
  const out = [`<path d="M${PAD} 0.5H${n(width - PAD)}" stroke="${p.border}"/>`];
  let y = 20;
  const line = (content: string, o: Partial<TextOptions> = {}, indent = 0) => {
    out.push(text(PAD + indent, y, content, { size: 12, fill: p.text, ...o }));
    y += 16;
  };
  wrapText(`View this chart: ${notes.link}`, inner, 12).forEach((l) => line(l));
  const about = `Dataset updated ${notes.updated}. Stance levels are an editorial assessment. Made with Stanceline.`;
  clampLines(about, inner, 12, 3).forEach((l) => line(l, { fill: p.muted }));
  if (notes.sources.length > 0) {
    y += 4;
    line('Sources of the events shown', { weight: 700 });
    // A source takes two lines on a narrow image, one on a wide one; the rest is cut.
    const max = width < 640 ? 2 : 1;
    notes.sources.forEach((source, i) => {
      clampLines(`${i + 1}. ${sourceText(source, locale)}`, inner - 14, 11, max).forEach((l, k) =>
        line(l, { size: 11 }, k === 0 ? 0 : 14),
      );
    });
    if (notes.moreSources > 0) {
      const more = `… and ${notes.moreSources} more ${notes.moreSources === 1 ? 'source' : 'sources'}: every source is listed at the link above.`;
      clampLines(more, inner, 11, 2).forEach((l) => line(l, { size: 11, fill: p.muted }));
    }
  }
  return { svg: out.join(''), height: y };
}

function fontFaces(fonts: readonly SvgFont[]): string {
  if (fonts.length === 0) return '';
  const rules = fonts.map(
    (f) =>
      `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:${f.style};src:url(${f.url}) format('woff2')${f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : ''}}`,
  );
  return `<style>${rules.join('')}</style>`;
}

/**
 * The chart itself — lane names, era bands, axis, marks and labels — at (0, 0), with the
 * definitions it uses (symbols, the plot's clip); `height` is the scene's. The image exports and
 * the preview pages' pictures place it under their own header.
 */
export function chartBody(
  view: ChartView,
  p: ExportPalette,
  selected: string | null,
  /** Drawn over the era bands and under the marks, in plot px (e.g. a rule at a day). */
  underlay = '',
): { svg: string; defs: string; height: number } {
  const { scene, geometry } = view;
  const plot = marks(view, p, selected);
  const names = laneNames(view, p);
  const inline = geometry.gutter === 0;
  const svg = [
    // Names in the gutter go under nothing; names above the lanes (a narrow chart) go over the
    // era bands, as the HTML labels do.
    inline ? '' : names,
    `<g transform="translate(${geometry.gutter} 0)" clip-path="url(#plot-clip)">`,
    background(view, p),
    underlay,
    plot.body,
    labels(view, p),
    '</g>',
    inline ? names : '',
  ].join('');
  const clip = `<clipPath id="plot-clip"><rect width="${n(scene.width)}" height="${n(scene.height)}"/></clipPath>`;
  return { svg, defs: clip + plot.defs, height: scene.height };
}

export function chartSvg(view: ChartView, notes: ImageNotes, options: SvgOptions): ChartSvg {
  const p = options.palette;
  const width = Math.round(view.width);
  const head = header(notes, width, p);
  const { scene } = view;
  const chartTop = head.height;
  const body = chartBody(view, p, notes.selectedId);
  const key = legend(view, p);
  const legendTop = chartTop + scene.height;
  const track = stance(view, options.stanceTitle, p, options.locale);
  const stanceTop = legendTop + key.height + 16;
  const footTop = stanceTop + track.height + 16;
  const foot = footer(notes, width, p, options.locale);
  const height = Math.ceil(footTop + foot.height + 4);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(`${notes.title}, ${notes.range}`)}</title>`,
    `<desc>${escapeXml(`${notes.filters}. ${notes.link}`)}</desc>`,
    `<defs>${fontFaces(options.fonts)}<clipPath id="stance-clip"><rect x="0" y="0" width="${n(scene.width + MARKER_R + 4)}" height="${stanceClipHeight(view)}"/></clipPath>${body.defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="${p.bg}"/>`,
    head.svg,
    `<g transform="translate(0 ${n(chartTop)})">${body.svg}</g>`,
    `<g transform="translate(0 ${n(legendTop)})">${key.svg}</g>`,
    `<g transform="translate(0 ${n(stanceTop)})">${track.svg}</g>`,
    `<g transform="translate(0 ${n(footTop)})">${foot.svg}</g>`,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
