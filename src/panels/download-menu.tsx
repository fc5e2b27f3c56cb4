import { useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { pluralize } from '../domain/labels';
import { MenuButton, type MenuItem } from '../ui/menu-button';
import { loadPart } from '../ui/load-part';
import type { ImageRequest } from '../export/make-image';
import type * as DownloadData from './download-data';

/** What an image of the view needs, but the chart's width (measured when it is made). */
export type ImageSource = Omit<ImageRequest, 'width' | 'locale' | 'dataset' | 'shown'>;

interface Props {
  dataset: Dataset;
  /** The events that pass the filters: what "events shown" means. */
  shown: readonly StanceEvent[];
  /** Absolute link that opens one event. */
  eventLink: (eventId: string) => string;
  /** The view to draw as an image. */
  image: ImageSource;
}

/** Today in UTC, `YYYY-MM-DD`: the date in a download's file name. */
const today = () => new Date().toISOString().slice(0, 10);

/** px: an image is as wide as the chart on screen; from the list view, as a desktop chart. */
function chartWidth(): number {
  const chart = document.querySelector<HTMLElement>('.timeline .chart');
  return chart && chart.clientWidth > 0 ? chart.clientWidth : 1100;
}

/**
 * The "Download" menu: an image of the view as SVG or PNG (with its header, link and sources),
 * the data as CSV (one row per event) and as a Stanceline bundle (JSON), of the events shown or
 * of all events, each data item saying how many rows it holds.
 */
export function DownloadMenu({ dataset, shown, eventLink, image }: Props) {
  const [status, setStatus] = useState({ text: '', error: false });
  const all = dataset.events;
  const filtered = shown.length !== all.length;
  const scopes: Array<{ id: string; name: string; events: readonly StanceEvent[] }> = [
    ...(filtered ? [{ id: 'shown', name: 'events shown', events: shown }] : []),
    { id: 'all', name: 'all events', events: all },
  ];

  const makeImage = async (format: 'svg' | 'png') => {
    setStatus({ text: `Making the ${format.toUpperCase()} image…`, error: false });
    try {
      const { downloadImage } = await loadPart(() => import('./download-data'), 'images');
      const request = { ...image, dataset, shown, width: chartWidth(), locale: navigator.language };
      await downloadImage(request, format, today());
      setStatus({ text: `${format.toUpperCase()} image saved.`, error: false });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setStatus({
        text: `The ${format.toUpperCase()} image could not be made: ${why}`,
        error: true,
      });
    }
  };

  /** A data file; its code loads on first use, and a failure to load it is said here. */
  const saveData = async (label: string, save: (m: typeof DownloadData) => void): Promise<void> => {
    try {
      save(await loadPart(() => import('./download-data'), 'downloads'));
      setStatus({ text: '', error: false });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setStatus({ text: `The ${label} could not be saved: ${why}`, error: true });
    }
  };
  const scopeName = (s: { id: string }) => (s.id === 'all' ? 'events' : 'events-shown');

  const items: MenuItem[] = [
    {
      id: 'svg',
      label: 'SVG image of this view',
      detail: 'with its link and sources',
      onSelect: () => void makeImage('svg'),
    },
    {
      id: 'png',
      label: 'PNG image of this view',
      detail: 'at twice the size on screen',
      onSelect: () => void makeImage('png'),
    },
    ...scopes.map((s): MenuItem => ({
      id: `csv-${s.id}`,
      label: `CSV, ${s.name}`,
      detail: pluralize(s.events.length, 'row'),
      onSelect: () =>
        void saveData('CSV', (m) =>
          m.downloadCsv(dataset, s.events, eventLink, scopeName(s), today()),
        ),
    })),
    ...scopes.map((s): MenuItem => ({
      id: `json-${s.id}`,
      label: `JSON bundle, ${s.name}`,
      detail: pluralize(s.events.length, 'event'),
      onSelect: () =>
        void saveData('JSON bundle', (m) =>
          m.downloadJson(dataset, s.events, scopeName(s), today()),
        ),
    })),
  ];
  return (
    <>
      <MenuButton label="Download" items={items} />
      {/* Progress is announced; a failure is also shown, next to the button. */}
      <span className={status.error ? 'download-status' : 'visually-hidden'} role="status">
        {status.text}
      </span>
    </>
  );
}
