import { lazy, Suspense, useEffect } from 'react';
import { useDatasetIndex } from '../data/dataset-queries';
import { useUrlSync } from '../state/use-url-sync';
import { getViewState, viewStore } from '../state/view-store';
import { DatasetErrorView } from './dataset-error-view';
import { DatasetPage } from './dataset-page';
import { DropTarget } from './drop-target';
import { ImportAnnouncer, ImportStatusPanel } from './import-status';
import { LoadingStatus } from './loading-status';
import { LoadProgressBar } from './load-progress-bar';
import { LinkNotice } from './notices';
import { OfflineNotice } from './offline-notice';
import { SiteHeader } from './site-header';
import { useCurrentRecord } from './use-current-record';

/** Only for a record that is not Stanceline's own (a linked or local file): loaded with it. */
const ProvenanceNotice = lazy(() =>
  import('./provenance-notice').then((m) => ({ default: m.ProvenanceNotice })),
);

/** A file from this browser is slow only because it is large: no server is involved. */
const LOCAL_SLOW = 'A large file takes a while to convert and check; nothing is sent anywhere.';

/**
 * The shell: the link is read before the first paint, the dataset index and the record load
 * through TanStack Query, and a failure at any step leaves the header, notices and retry working.
 * A file can be opened (picked or dropped) at any moment; one that fails leaves the record that
 * is open on screen.
 */
export function App() {
  const link = useUrlSync(viewStore);
  const index = useDatasetIndex();
  const known = index.data?.datasets;
  const current = useCurrentRecord(known);
  const { record, query, ref, corrections } = current;

  const correctionKey = corrections?.warnings.join('\n');
  useEffect(() => {
    if (!corrections) return;
    const state = getViewState(viewStore);
    const next = { ...state };
    for (const key of corrections.drop) next[key] = null;
    link.adopt(next, corrections.warnings);
    // Keyed on the text: the object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [correctionKey, link]);

  const { warnings, dismiss } = link;
  const notices = (
    <>
      {record && ref.kind === 'bundled' && <OfflineNotice datasetId={record.dataset.meta.id} />}
      <LinkNotice warnings={warnings} onDismiss={dismiss} />
      <ImportStatusPanel />
      {record && record.provenance.kind !== 'bundled' && (
        <Suspense fallback={null}>
          <ProvenanceNotice record={record} />
        </Suspense>
      )}
    </>
  );

  let page: React.ReactNode;
  if (record && !query.isError) {
    // A link that sets a filter waits here for the filters' code if it has not come with the
    // data (use-filtered-view.ts).
    const waiting = (
      <>
        <SiteHeader title={null} description={null} />
        <main id="main">
          <LoadingStatus what="the timeline" failures={0} reason={null} />
        </main>
      </>
    );
    page = (
      <Suspense fallback={waiting}>
        <DatasetPage
          dataset={record.dataset}
          notice={notices}
          onReconciled={(state, w) => {
            link.adopt(state, w);
          }}
        />
      </Suspense>
    );
  } else {
    let body: React.ReactNode;
    // A retry after an error keeps the error status while it fetches; show that it is loading.
    if (index.isError && !index.isFetching && ref.kind === 'bundled') {
      body = (
        <DatasetErrorView
          title="The list of datasets could not be loaded"
          error={index.error}
          onRetry={() => void index.refetch()}
        />
      );
    } else if (query.isError && !query.isFetching && query.error) {
      body = (
        <DatasetErrorView
          title={
            ref.kind === 'hosted'
              ? 'The linked file could not be opened'
              : ref.kind === 'local'
                ? 'This file could not be opened'
                : undefined
          }
          error={query.error}
          onRetry={() => void query.refetch()}
          others={known?.filter((d) => d.id !== current.datasetId)}
        />
      );
    } else {
      const loading = ref.kind === 'bundled' && !index.data ? index : query;
      body = (
        <>
          <LoadingStatus
            what={ref.kind === 'local' ? 'the file kept in this browser' : 'the timeline'}
            failures={loading.failureCount}
            reason={loading.failureReason}
            afterRetry={loading.isError}
            {...(ref.kind === 'local' ? { slowText: LOCAL_SLOW } : {})}
          />
          {ref.kind === 'bundled' && <LoadProgressBar id={current.datasetId} />}
        </>
      );
    }
    page = (
      <>
        <SiteHeader title={null} description={null} />
        {notices}
        <main id="main">{body}</main>
      </>
    );
  }

  return (
    <>
      {page}
      <DropTarget />
      <ImportAnnouncer />
    </>
  );
}
