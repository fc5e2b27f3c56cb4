import { useQuery, useQueryClient } from '@tanstack/react-query';
import templateUrl from '../../docs/templates/stanceline-template.csv?url&no-inline';
import { useDatasetIndex } from '../data/dataset-queries';
import { recentFilesQueryOptions } from '../data/record-queries';
import { forgetFile, type RecentFile } from '../data/recent-files';
import type { RecordRef } from '../state/record-source';

interface Props {
  current: RecordRef;
  /** The hosted file's address, when one is open. */
  hostedUrl: string | null;
  onOpen: (ref: RecordRef) => void;
}

const sizeText = (chars: number) =>
  chars < 1024 * 1024
    ? `${Math.max(1, Math.round(chars / 1024))} KB`
    : `${(chars / 1024 / 1024).toFixed(1)} MB`;

const whenText = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function RecentItem({
  file,
  current,
  onOpen,
}: {
  file: RecentFile;
  current: boolean;
  onOpen: () => void;
}) {
  const queryClient = useQueryClient();
  const forget = async () => {
    await forgetFile(file.key).catch(() => undefined);
    await queryClient.invalidateQueries({ queryKey: recentFilesQueryOptions().queryKey });
  };
  return (
    <li className="recent-file">
      <button
        type="button"
        className="menu-item"
        aria-current={current || undefined}
        onClick={onOpen}
      >
        <span className="menu-item-title">{file.name}</span>
        <span className="menu-item-meta">
          {file.title} · {file.events} events · {sizeText(file.size)} · opened{' '}
          {whenText(file.openedAt)}
        </span>
      </button>
      <button
        type="button"
        className="btn link"
        aria-label={`Forget ${file.name}`}
        onClick={() => void forget()}
      >
        Forget
      </button>
    </li>
  );
}

/** The records a person can switch to: built-in datasets, recent files, the linked file. */
export function DataMenuLists({ current, hostedUrl, onOpen }: Props) {
  const index = useDatasetIndex();
  const recent = useQuery(recentFilesQueryOptions());
  const datasets = index.data?.datasets ?? [];
  const defaultId = datasets[0]?.id;
  const isCurrentDataset = (id: string) =>
    current.kind === 'bundled' && (current.id ?? defaultId) === id;
  const files = recent.data ?? [];

  return (
    <>
      <h2 className="menu-heading">Built-in datasets</h2>
      <ul className="menu-list">
        {datasets.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className="menu-item"
              aria-current={isCurrentDataset(d.id) || undefined}
              onClick={() => onOpen({ kind: 'bundled', id: d.id === defaultId ? null : d.id })}
            >
              <span className="menu-item-title">{d.title}</span>
            </button>
          </li>
        ))}
      </ul>

      <h2 className="menu-heading">Recent files</h2>
      <p className="menu-note">Kept in this browser only; never uploaded.</p>
      {files.length === 0 ? (
        <p className="menu-empty">None yet. Files you open appear here.</p>
      ) : (
        <ul className="menu-list">
          {files.map((f) => (
            <RecentItem
              key={f.key}
              file={f}
              current={current.kind === 'local' && current.key === f.key}
              onOpen={() => onOpen({ kind: 'local', key: f.key })}
            />
          ))}
        </ul>
      )}

      {hostedUrl && (
        <>
          <h2 className="menu-heading">Linked file</h2>
          <p className="menu-item-meta hosted-url" aria-current="true">
            {hostedUrl}
          </p>
        </>
      )}

      <p className="menu-template">
        <a href={templateUrl} download="stanceline-template.csv">
          Download the CSV template
        </a>{' '}
        — one row per event: fill it in, save it as CSV, open it here.
      </p>
    </>
  );
}
