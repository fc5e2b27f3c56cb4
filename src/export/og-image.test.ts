import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { eventImageSvg, CHART_SCALE, OG_HEIGHT, OG_WIDTH } from './og-image';
import { loadFlagship } from '../domain/flagship-fixture';

const flagship = loadFlagship;

describe('eventImageSvg', () => {
  const dataset = flagship();
  const event = dataset.eventById.get('un-resolution-2728')!;
  const doc = parseDocument(eventImageSvg(dataset, event), { xmlMode: true });
  const all = (name: string) => findAll((el: Element) => el.name === name, doc.children);

  it('is an Open Graph picture: 1200 × 630, the title and date on top', () => {
    const svg = all('svg')[0]!;
    expect(svg.attribs.width).toBe(String(OG_WIDTH));
    expect(svg.attribs.height).toBe(String(OG_HEIGHT));
    const texts = all('text').map((t) => textContent(t));
    expect(`${texts[0]} ${texts[1]}`).toContain(event.title);
    expect(texts.some((t) => t.startsWith('25 March 2024 · '))).toBe(true);
  });

  it('shows the event ringed among its neighbours on the timeline', () => {
    const rings = all('circle').filter((c) => c.attribs.fill === 'none');
    expect(rings).toHaveLength(1);
    // More marks than the event itself: the weeks around it.
    expect(all('use').length).toBeGreaterThan(10);
    const ticks = all('text').map((t) => textContent(t));
    expect(ticks).toContain('25 Mar');
  });

  it('rules the event’s day down the lanes, through its ringed mark', () => {
    const ring = all('circle').find((c) => c.attribs.fill === 'none')!;
    const rules = all('rect').filter((r) => r.attribs.class === 'event-rule');
    expect(rules).toHaveLength(1);
    const rule = rules[0]!;
    const centre = Number(rule.attribs.x) + Number(rule.attribs.width) / 2;
    expect(centre).toBeCloseTo(Number(ring.attribs.cx), 0);
    expect(Number(rule.attribs.y) + Number(rule.attribs.height)).toBeGreaterThan(
      Number(ring.attribs.cy),
    );
  });

  it('enlarges the chart, its lanes packed into fewer rows to fit', () => {
    const chart = all('g').find((g) => /scale\(/.test(g.attribs.transform ?? ''))!;
    const k = Number(/scale\(([\d.]+)\)/.exec(chart.attribs.transform!)![1]);
    expect(k).toBeGreaterThanOrEqual(CHART_SCALE.min);
    expect(k).toBeLessThanOrEqual(CHART_SCALE.max);
  });

  it('fits the chart between the title and the footer line', () => {
    const chart = all('g').find((g) => /scale\(/.test(g.attribs.transform ?? ''))!;
    const [, top, k] = /translate\([\d.]+ ([\d.]+)\) scale\(([\d.]+)\)/.exec(
      chart.attribs.transform!,
    )!;
    const clip = all('clipPath')[0]!;
    const height = Number((clip.children[0] as Element).attribs.height);
    expect(Number(top) + height * Number(k)).toBeLessThanOrEqual(OG_HEIGHT - 30);
  });
});
