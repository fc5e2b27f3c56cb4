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
import { chartView } from './chart-view';
import { chartBody, clampLines, escapeXml, FONT_STACK } from './chart-svg';
import { EXPORT_PALETTE } from './export-palette';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Days shown before the event's start and after its end. */
export const NEIGHBOURHOOD_DAYS = 45;

const PAD = 32;

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
  const viewAt = (width: number) =>
    chartView({
      dataset,
      events: dataset.events,
      matching,
      mode: 'group',
      expanded: [],
      window,
      width,
      selected: event.id,
      locale,
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
  // A chart taller than the room between the title and the footer line is laid out wider by
  // as much as it is then scaled down, so it still fills the picture's width.
  const room = footer - 22 - chartTop;
  const width = OG_WIDTH - PAD;
  const first = viewAt(width);
  const k = Math.min(1, room / first.scene.height);
  const body = chartBody(k < 1 ? viewAt(width / k) : first, p, event.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(`${event.title}, ${eventDateValue(event, locale)}`)}</title>`,
    `<defs>${body.defs}</defs>`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${p.bg}"/>`,
    head.join(''),
    `<g transform="translate(${PAD / 2} ${chartTop}) scale(${Math.round(k * 1000) / 1000})">${body.svg}</g>`,
    `<text x="${PAD}" y="${footer}" font-size="18" fill="${p.muted}">${escapeXml(`Stanceline · every event sourced · the timeline ${NEIGHBOURHOOD_DAYS} days either side`)}</text>`,
    '</svg>',
  ].join('');
}
