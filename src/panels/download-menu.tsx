import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { eventsToCsv, exportFileName } from '../domain/event-export';
import { pluralize } from '../domain/labels';
import { MenuButton, type MenuItem } from '../ui/menu-button';
import { downloadFile } from '../ui/download-file';
import { datasetJson } from './dataset-json';

interface Props {
  dataset: Dataset;
  /** The events that pass the filters: what "events shown" means. */
  shown: readonly StanceEvent[];
  /** Absolute link that opens one event. */
  eventLink: (eventId: string) => string;
}

/** Today in UTC, `YYYY-MM-DD`: the date in a download's file name. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The "Download" menu: the data as CSV (one row per event) and as a Stanceline bundle (JSON), of
 * the events shown or of all events, each item saying how many rows it holds. Image exports join
 * as more items in `items`.
 */
export function DownloadMenu({ dataset, shown, eventLink }: Props) {
  const all = dataset.events;
  const filtered = shown.length !== all.length;
  const scopes: Array<{ id: string; name: string; events: readonly StanceEvent[] }> = [
    ...(filtered ? [{ id: 'shown', name: 'events shown', events: shown }] : []),
    { id: 'all', name: 'all events', events: all },
  ];
  const id = dataset.meta.id;

  const items: MenuItem[] = [
    ...scopes.map((s): MenuItem => ({
      id: `csv-${s.id}`,
      label: `CSV, ${s.name}`,
      detail: pluralize(s.events.length, 'row'),
      onSelect: () =>
        downloadFile(
          exportFileName(id, s.id === 'all' ? 'events' : 'events-shown', today(), 'csv'),
          eventsToCsv(dataset, s.events, eventLink),
          'text/csv;charset=utf-8',
        ),
    })),
    ...scopes.map((s): MenuItem => ({
      id: `json-${s.id}`,
      label: `JSON bundle, ${s.name}`,
      detail: pluralize(s.events.length, 'event'),
      onSelect: () =>
        downloadFile(
          exportFileName(
            id,
            s.id === 'all' ? 'events' : 'events-shown',
            today(),
            'stanceline.json',
          ),
          datasetJson(dataset, s.events),
          'application/json',
        ),
    })),
  ];
  return <MenuButton label="Download" items={items} />;
}
