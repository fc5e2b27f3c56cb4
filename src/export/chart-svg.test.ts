import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { isoDayToMs, DAY_MS } from '../domain/dates';
import { chartView, type ChartViewInput } from './chart-view';
import { chartSvg, escapeXml, fitText, wrapText, type SvgFont } from './chart-svg';
import { imageNotes } from './image-notes';
import { EXPORT_PALETTE } from './export-palette';
import { estimateTextWidth } from '../timeline/layout/labels';
import { labelLeader } from '../timeline/layout/label-leader';
import { loadFlagship } from '../domain/flagship-fixture';

const flagship = loadFlagship;

const dataset = flagship();
const LINK = 'https://example.org/stanceline/?dataset=us-stance-gaza&from=2024-03-01&to=2024-06-30';

function render(over: Partial<ChartViewInput> = {}, fonts: SvgFont[] = []) {
  const input: ChartViewInput = {
    dataset,
    events: dataset.events,
    matching: new Set(dataset.events.map((e) => e.id)),
    mode: 'group',
    expanded: [],
    window: [isoDayToMs('2024-03-01'), isoDayToMs('2024-06-30') + DAY_MS],
    width: 1200,
    selected: null,
    locale: 'en-GB',
    ...over,
  };
  const view = chartView(input);
  const matching = dataset.events.filter((e) => input.matching.has(e.id));
  const notes = imageNotes({
    title: dataset.meta.title,
    updated: dataset.meta.updated,
    matching,
    window: view.domain,
    filters: '',
    link: LINK,
    selected: input.selected ? (dataset.eventById.get(input.selected) ?? null) : null,
    maxSources: 8,
    locale: 'en-GB',
  });
  const out = chartSvg(view, notes, {
    palette: EXPORT_PALETTE,
    fonts,
    stanceTitle: 'How the stance of the United States shifted',
    locale: 'en-GB',
  });
  const doc = parseDocument(out.svg, { xmlMode: true });
  const all = (name: string) =>
    findAll((el: Element) => el.name === name, doc.children) as Element[];
  return { view, notes, out, doc, all };
}

describe('chartSvg', () => {
  it('draws every mark and cluster of the scene, the lanes and the labels', () => {
    const { view, all } = render();
    const events = view.scene.items.filter((i) => i.kind === 'event');
    const clusters = view.scene.items.filter((i) => i.kind === 'cluster');
    expect(events.length).toBeGreaterThan(0);
    expect(all('use')).toHaveLength(events.length);
    // Clusters' bubbles, plus the stance markers drawn as circles.
    expect(all('circle').length).toBeGreaterThanOrEqual(clusters.length);
    const texts = all('text').map((t) => textContent(t));
    const words = texts.join(' ');
    for (const lane of view.scene.lanes) expect(words).toContain(lane.label);
    expect(view.labels.length).toBeGreaterThan(0);
    for (const label of view.labels) expect(texts).toContain(label.text);
  });

  it('writes each label where it was placed, joined to its mark when placed away from it', () => {
    const { view, all } = render();
    const byText = new Map(all('text').map((t) => [textContent(t), t]));
    let led = 0;
    for (const label of view.labels) {
      const el = byText.get(label.text)!;
      // Inside the plot group, translated by the gutter: x is the box's near edge.
      expect(Number(el.attribs.x)).toBeCloseTo(label.side === 'right' ? label.x0 : label.x1, 1);
      expect(Number(el.attribs.y)).toBeCloseTo(label.y, 1);
      if (labelLeader(label)) led++;
    }
    // Every leader line of the labels is drawn (the plot draws no other lines).
    expect(
      all('line').filter((l) => l.attribs['stroke-width'] === '1').length,
    ).toBeGreaterThanOrEqual(led);
  });

  it('has a header with title and dates and a footer with the link, date and sources', () => {
    const { notes, all, out } = render();
    const texts = all('text').map((t) => textContent(t));
    expect(texts[0]).toBe(dataset.meta.title);
    expect(texts[1]).toBe('1 Mar – 30 Jun 2024');
    // The link may be wrapped over lines; joined, it is whole.
    const linkLines = texts.filter((t, i) => i >= texts.findIndex((x) => x.startsWith('View')));
    expect(linkLines.join('').replace(/\s/g, '')).toContain(LINK);
    expect(texts.some((t) => t.includes('Dataset updated 29 November 2026'))).toBe(true);
    expect(notes.sources.length).toBe(8);
    expect(notes.moreSources).toBeGreaterThan(0);
    expect(texts.some((t) => t.startsWith(`1. ${notes.sources[0]!.publisher}`))).toBe(true);
    expect(texts.some((t) => t.includes(`${notes.moreSources} more sources`))).toBe(true);
    expect(out.svg).toContain(escapeXml(LINK));
  });

  it('keeps every text line inside the image', () => {
    const { out, all } = render({ width: 720 });
    for (const t of all('text')) {
      const x = Number(t.attribs.x);
      const size = Number(t.attribs['font-size']);
      const anchor = t.attribs['text-anchor'];
      if (anchor) continue;
      // Only header and footer lines start at the page's left padding.
      if (x !== 12) continue;
      const w = estimateTextWidth(textContent(t), size) * (t.attribs['font-weight'] ? 1.08 : 1);
      expect(x + w).toBeLessThanOrEqual(out.width - 11);
    }
  });

  it('rings the open event and names it in the header', () => {
    const id = 'un-resolution-2728';
    const event = dataset.eventById.get(id);
    if (!event) throw new Error('fixture event missing');
    const { all, notes } = render({ selected: id });
    expect(notes.open).toContain(event.title);
    const rings = all('circle').filter(
      (c) => c.attribs['stroke-width'] === '2' && c.attribs.fill === 'none',
    );
    expect(rings).toHaveLength(1);
  });

  it('embeds the fonts it is given as @font-face rules', () => {
    const font: SvgFont = {
      family: 'Arimo',
      weight: 400,
      style: 'normal',
      url: 'data:font/woff2;base64,AAAA',
    };
    const { all } = render({}, [font]);
    const style = textContent(all('style')[0]!);
    expect(style).toContain("font-family:'Arimo'");
    expect(style).toContain('url(data:font/woff2;base64,AAAA)');
  });

  it('dims the events that fail the filters when they are drawn', () => {
    const some = new Set(dataset.events.slice(0, 20).map((e) => e.id));
    const { all } = render({ matching: some, window: null });
    const dimmed = all('use').filter((u) => u.attribs.opacity === '0.22');
    expect(dimmed.length).toBeGreaterThan(0);
  });

  it('is an image of the chart’s width at any width', () => {
    for (const width of [390, 720, 1440]) {
      const { out, view } = render({ width });
      expect(out.width).toBe(width);
      expect(view.compact).toBe(width < 640);
      expect(out.svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}"`)).toBe(
        true,
      );
    }
  });
});

describe('escapeXml', () => {
  it('round-trips any text through an XML parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const doc = parseDocument(`<t>${escapeXml(s)}</t>`, {
          xmlMode: true,
          decodeEntities: true,
        });
        // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
        const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
        expect(textContent(doc.children)).toBe(clean);
      }),
    );
  });
});

describe('fitText and wrapText', () => {
  it('cuts text to the width with an ellipsis, and leaves short text alone', () => {
    expect(fitText('Short', 200, 12)).toBe('Short');
    const cut = fitText('A title that is far too long for the room it is given here', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(100);
  });

  it('wraps into lines that fit and lose no character but spaces at breaks', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300 }),
        fc.integer({ min: 40, max: 600 }),
        (s, width) => {
          const lines = wrapText(s, width, 12);
          for (const line of lines) {
            // A single character wider than the line is the only overflow allowed.
            if ([...line].length > 1)
              expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
          }
          expect(lines.join('').replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
        },
      ),
    );
  });
});
