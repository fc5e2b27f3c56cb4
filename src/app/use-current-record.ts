/**
 * The record the view names — a built-in dataset, a hosted file or a file from this device —
 * loaded through its own query, with one shape for the shell to render. Also reports what the
 * link asked for that cannot be honoured: an unknown dataset, an address that may not be
 * fetched, several records at once.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { useDataset } from '../data/dataset-queries';
import {
  hostedRecordQueryOptions,
  localRecordQueryOptions,
  type LoadedRecord,
} from '../data/record-queries';
import type { DatasetIndex } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import {
  checkSourceUrl,
  recordRefOf,
  shadowedRecordParams,
  type RecordRef,
} from '../state/record-source';
import { useViewStore } from '../state/view-store';

type Entry = DatasetIndex['datasets'][number];

export interface CurrentRecord {
  ref: RecordRef;
  /** The query of whichever record is open; its error and retry drive the error panel. */
  query: Pick<
    UseQueryResult<unknown>,
    'isError' | 'isFetching' | 'error' | 'refetch' | 'failureCount' | 'failureReason'
  >;
  record: LoadedRecord | undefined;
  /** Built-in dataset id in use, when the record is one. */
  datasetId: string | undefined;
  /** What the link asked for that was not used, as the state to adopt and the warnings. */
  corrections: { drop: Array<'dataset' | 'src' | 'file'>; warnings: string[] } | null;
}

const toRecord = (dataset: Dataset | undefined): LoadedRecord | undefined =>
  dataset && { dataset, provenance: { kind: 'bundled' } };

export function useCurrentRecord(known: readonly Entry[] | undefined): CurrentRecord {
  const ids = useViewStore(useShallow((s) => ({ dataset: s.dataset, src: s.src, file: s.file })));
  const ref = recordRefOf(ids);
  const check = ref.kind === 'hosted' ? checkSourceUrl(ref.src, window.location.href) : null;
  const hostedUrl = check?.ok ? check.url : undefined;
  const localKey = ref.kind === 'local' ? ref.key : undefined;

  const requested = ids.dataset;
  const unknownRequested =
    ref.kind === 'bundled' &&
    requested !== null &&
    known !== undefined &&
    !known.some((d) => d.id === requested);
  const datasetId =
    ref.kind === 'bundled' && known
      ? unknownRequested
        ? known[0]?.id
        : (requested ?? known[0]?.id)
      : undefined;

  const bundled = useDataset(datasetId);
  const hosted = useQuery({
    ...hostedRecordQueryOptions(hostedUrl ?? ''),
    enabled: hostedUrl !== undefined,
  });
  const local = useQuery({ ...localRecordQueryOptions(localKey ?? ''), enabled: !!localKey });

  const warnings: string[] = [];
  const drop: Array<'dataset' | 'src' | 'file'> = [];
  if (unknownRequested) {
    warnings.push(`Ignored unknown dataset "${requested}"; showing the default one.`);
    drop.push('dataset');
  }
  if (check && !check.ok) {
    warnings.push(check.message);
    drop.push('src');
  } else {
    const shadowed = shadowedRecordParams(ids);
    if (shadowed.length) {
      warnings.push(`Ignored ${shadowed.join(' and ')}: a link opens one record at a time.`);
      drop.push(
        ...(ref.kind === 'hosted' ? (['file', 'dataset'] as const) : (['dataset'] as const)),
      );
    }
  }
  const corrections = warnings.length ? { drop, warnings } : null;

  if (ref.kind === 'hosted') {
    return { ref, query: hosted, record: hosted.data, datasetId: undefined, corrections };
  }
  if (ref.kind === 'local') {
    return { ref, query: local, record: local.data, datasetId: undefined, corrections };
  }
  return { ref, query: bundled, record: toRecord(bundled.data), datasetId, corrections };
}
