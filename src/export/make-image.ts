/**
 * Making an image of the current view in the browser: the chart as data (chart-view.ts), its
 * header and footer (image-notes.ts), the fonts the text needs, then SVG text — or that SVG
 * rasterised at twice its size for a PNG. Everything is computed from the view state; nothing
 * is read back from the page but the chart's width.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import type { ViewState } from '../state/view-state';
import { dataExtent } from '../timeline/layout/time-scale';
import { chartView } from './chart-view';
import { chartSvg, type ChartSvg } from './chart-svg';
import { EXPORT_PALETTE } from './export-palette';
import { imageNotes } from './image-notes';
import { needsLatinExt } from './font-files';
import { loadExportFonts } from './export-fonts';

export interface ImageRequest {
  dataset: Dataset;
  /** Events drawn (all of them when filtered-out events are dimmed). */
  drawn: readonly StanceEvent[];
  /** The events that pass the filters. */
  shown: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  state: Pick<ViewState, 'lanes' | 'expanded' | 'event'>;
  /** The visible window, ms [from, to); null for the whole extent. */
  window: readonly [number, number] | null;
  /** The active filters in words ('' for none). */
  filters: string;
  /** Link to this view. */
  link: string;
  /** px: the chart's width on screen. */
  width: number;
  locale: string;
}

/** Most sources an image lists; the footer counts the rest and points to the link. */
export const MAX_IMAGE_SOURCES = 10;

export async function makeChartSvg(req: ImageRequest): Promise<ChartSvg> {
  const { dataset } = req;
  const view = chartView({
    dataset,
    events: req.drawn,
    matching: req.matching,
    mode: req.state.lanes,
    expanded: req.state.expanded,
    window: req.window,
    width: req.width,
    selected: req.state.event,
    locale: req.locale,
  });
  // The dates the header gives: the link's window, or the data's first and last day (not the
  // padded edges of the chart).
  const extent = dataExtent(dataset.events);
  const window: readonly [number, number] =
    req.window ?? (extent ? [extent[0].getTime(), extent[1].getTime()] : view.domain);
  const notes = imageNotes({
    title: dataset.meta.title,
    updated: dataset.meta.updated,
    matching: req.shown,
    window,
    filters: req.filters,
    link: req.link,
    selected: req.state.event ? (dataset.eventById.get(req.state.event) ?? null) : null,
    maxSources: MAX_IMAGE_SOURCES,
    locale: req.locale,
  });
  const subject = dataset.meta.subject?.label ?? 'the subject';
  const options = {
    palette: EXPORT_PALETTE,
    stanceTitle: `How the stance of ${subject} shifted`,
    locale: req.locale,
  };
  // A first pass without fonts says which characters the text uses, so only the font files
  // it needs are embedded.
  const bare = chartSvg(view, notes, { ...options, fonts: [] });
  const { fonts } = await loadExportFonts(needsLatinExt(bare.svg) ? bare.svg : '');
  return fonts.length ? chartSvg(view, notes, { ...options, fonts }) : bare;
}

/** The SVG drawn on a canvas at `scale` times its size, as a PNG. */
export async function svgToPng(image: ChartSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
