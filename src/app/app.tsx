import { useEffect } from 'react';
import { useDataset, useDatasetIndex } from '../data/dataset-queries';
import { useUrlSync } from '../state/use-url-sync';
import { getViewState, useViewStore, viewStore } from '../state/view-store';
import { DatasetErrorView } from './dataset-error-view';
import { DatasetPage } from './dataset-page';
import { LoadingStatus } from './loading-status';
import { LoadProgressBar } from './load-progress-bar';
import { LinkNotice } from './notices';
import { OfflineNotice } from './offline-notice';
import { SiteHeader } from './site-header';

/**
 * The shell: the link is read before the first paint, the dataset index and the dataset load
 * through TanStack Query, and a failure at any step leaves the header, notices and retry working.
 */
export function App() {
  const link = useUrlSync(viewStore);
  const index = useDatasetIndex();
  const requested = useViewStore((s) => s.dataset);
  const known = index.data?.datasets;
  const unknownRequested =
    requested !== null && known !== undefined && !known.some((d) => d.id === requested);
  const datasetId = known
    ? unknownRequested
      ? known[0]?.id
      : (requested ?? known[0]?.id)
    : undefined;
  const dataset = useDataset(datasetId);

  useEffect(() => {
    if (!unknownRequested || requested === null) return;
    link.adopt({ ...getViewState(viewStore), dataset: null }, [
      `Ignored unknown dataset "${requested}"; showing the default one.`,
    ]);
  }, [unknownRequested, requested, link]);

  const { warnings, dismiss } = link;

  let body: React.ReactNode;
  // A retry after an error keeps the error status while it fetches; show that it is loading.
  if (index.isError && !index.isFetching) {
    body = (
      <DatasetErrorView
        title="The list of datasets could not be loaded"
        error={index.error}
        onRetry={() => void index.refetch()}
      />
    );
  } else if (dataset.isError && !dataset.isFetching) {
    body = (
      <DatasetErrorView
        error={dataset.error}
        onRetry={() => void dataset.refetch()}
        others={known?.filter((d) => d.id !== datasetId)}
      />
    );
  } else if (!dataset.data) {
    const loading = index.data ? dataset : index;
    body = (
      <>
        <LoadingStatus
          what="the timeline"
          failures={loading.failureCount}
          reason={loading.failureReason}
          afterRetry={loading.isError}
        />
        <LoadProgressBar id={datasetId} />
      </>
    );
  }

  if (dataset.data && !dataset.isError) {
    return (
      <DatasetPage
        dataset={dataset.data}
        notice={
          <>
            <OfflineNotice datasetId={dataset.data.meta.id} />
            <LinkNotice warnings={warnings} onDismiss={dismiss} />
          </>
        }
        onReconciled={(state, w) => {
          link.adopt(state, w);
        }}
      />
    );
  }
  return (
    <>
      <SiteHeader title={null} description={null} />
      <LinkNotice warnings={warnings} onDismiss={dismiss} />
      <main id="main">{body}</main>
    </>
  );
}
