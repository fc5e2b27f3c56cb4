/**
 * The picture a chat or a social card shows for an event's preview page (`og:image`): the
 * event's title and date over the timeline around it — a window of NEIGHBOURHOOD_DAYS either
 * side, the event ringed and labelled — drawn from the same scene as the chart and the image
 * exports. 1200 × 630 px, the size Open Graph consumers crop to. Pure: the build rasterises it
 * with the machine's fonts (Liberation Sans, metrically the same as Arimo), so no font is embedded.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { DAY_MS, eventDateValue, eventEndMs, eventStartMs } from '../domain/dates';
import { chartView, type ChartView } from './chart-view';
import { chartBody, clampLines, escapeXml, FONT_STACK } from './chart-svg';
import { EXPORT_PALETTE, type ExportPalette } from './export-palette';
import type { TimelineLayout } from '../timeline/layout/model';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Days shown before the event's start and after its end. */
export const NEIGHBOURHOOD_DAYS = 45;

const PAD = 32;
/**
 * How much the chart is enlarged, at least and at most: a chat shows the picture at a third of
 * its size or less, where the chart's own 11 px labels would be specks. The lanes take fewer rows
 * of marks (more of them in clusters) to fit the room at this scale, as an embed fits its frame;
 * the chart then grows to fill what room is left.
 */
export const CHART_SCALE = { min: 1.1, max: 1.6 } as const;

/**
 * The chart laid out `1 / k` as wide as the picture and scaled by k, its lanes fitted to `room`
 * px of height. When even one row per lane is too tall, k shrinks below its minimum until the
 * chart fits; it never overflows.
 */
function fittedChart(
  viewAt: (width: number, fitHeight?: number) => ChartView,
  width: number,
  room: number,
  selected: string,
  p: ExportPalette,
): { body: { svg: string; defs: string; height: number }; k: number } {
  // Axis band and bottom margin: the scene's height beyond its lanes.
  const probe = viewAt(width / CHART_SCALE.min);
  const overhead = probe.scene.height - lanesHeight(probe);
  const fitted = (k: number) => viewAt(width / k, room / k - overhead);
  let k: number = CHART_SCALE.min;
  let view = fitted(k);
  const grown = Math.min(CHART_SCALE.max, room / view.scene.height);
  if (grown > k) {
    // Narrower, the lanes may take other rows: keep the larger chart only if it still fits.
    const larger = fitted(grown);
    if (larger.scene.height * grown <= room) [k, view] = [grown, larger];
  }
  for (let i = 0; i < 3 && view.scene.height * k > room; i++) {
    k = room / view.scene.height;
    view = fitted(k);
  }
  k = Math.min(k, room / view.scene.height);
  return { body: chartBody(view, p, selected, eventRule(view, selected, p)), k };
}

function lanesHeight(view: ChartView): number {
  const last = view.scene.lanes.at(-1);
  return last ? last.top + last.height - view.scene.axisHeight : 0;
}

/**
 * Where to look, at a glance: a rule down the lanes at the event's day in its group's colour, and
 * for an event that spans days a light band over its span as well.
 */
function eventRule(view: ChartView, id: string, p: ExportPalette): string {
  const item = view.scene.items.find((i) => i.kind === 'event' && i.id === id);
  if (!item || item.kind !== 'event') return '';
  const colour = p.groups[item.colour % p.groups.length] ?? p.text;
  const r = (v: number) => Math.round(v * 10) / 10;
  const top = view.scene.axisHeight;
  const height = r(lanesHeight(view));
  const span =
    item.x1 > item.x
      ? `<rect x="${r(item.x)}" y="${top}" width="${r(item.x1 - item.x)}" height="${height}" fill="${colour}" opacity="0.08"/>`
      : '';
  return `${span}<rect class="event-rule" x="${r(item.x - 1.5)}" y="${top}" width="3" height="${height}" fill="${colour}" opacity="0.3"/>`;
}

/**
 * A dataset's lane layouts by size: they depend on the dataset and the picture's size, not on the
 * event, so a build drawing every event of a dataset lays its lanes out a few times, not per event.
 */
const LAYOUTS = new WeakMap<object, Map<string, TimelineLayout>>();

export function eventImageSvg(
  dataset: Pick<Dataset, 'actors' | 'groups' | 'eventById' | 'events' | 'meta'>,
  event: StanceEvent,
  locale = 'en-GB',
): string {
  const p = EXPORT_PALETTE;
  const window: [number, number] = [
    eventStartMs(event) - NEIGHBOURHOOD_DAYS * DAY_MS,
    eventEndMs(event) + NEIGHBOURHOOD_DAYS * DAY_MS,
  ];
  const matching = new Set(dataset.events.map((e) => e.id));
  let layouts = LAYOUTS.get(dataset);
  if (!layouts) LAYOUTS.set(dataset, (layouts = new Map()));
  const viewAt = (width: number, fitHeight?: number) =>
    chartView({
      ...(fitHeight === undefined ? {} : { fitHeight }),
      dataset,
      events: dataset.events,
      matching,
      mode: 'group',
      expanded: [],
      window,
      width,
      selected: event.id,
      locale,
      layouts,
    });
  const head: string[] = [];
  let y = PAD + 30;
  for (const line of clampLines(event.title, OG_WIDTH - 2 * PAD, 34, 2, true)) {
    head.push(
      `<text x="${PAD}" y="${y}" font-size="34" font-weight="700" fill="${p.text}">${escapeXml(line)}</text>`,
    );
    y += 42;
  }
  const sub = `${eventDateValue(event, locale)} · ${dataset.meta.title}`;
  head.push(
    `<text x="${PAD}" y="${y - 6}" font-size="22" fill="${p.muted}">${escapeXml(clampLines(sub, OG_WIDTH - 2 * PAD, 22, 1)[0] ?? '')}</text>`,
  );
  const chartTop = y + 14;
  const footer = OG_HEIGHT - 18;
  const room = footer - 22 - chartTop;
  const { body, k } = fittedChart(viewAt, OG_WIDTH - PAD, room, event.id, p);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(`${event.title}, ${eventDateValue(event, locale)}`)}</title>`,
    `<defs>${body.defs}</defs>`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${p.bg}"/>`,
    head.join(''),
    `<g transform="translate(${PAD / 2} ${chartTop}) scale(${Math.floor(k * 1000) / 1000})">${body.svg}</g>`,
    `<text x="${PAD}" y="${footer}" font-size="18" fill="${p.muted}">${escapeXml(`Stanceline · every event sourced · the timeline ${NEIGHBOURHOOD_DAYS} days either side`)}</text>`,
    '</svg>',
  ].join('');
}
