import { useEffect } from 'react';
import { useDataset, useDatasetIndex } from '../data/dataset-queries';
import { useUrlSync } from '../state/use-url-sync';
import { getViewState, useViewStore, viewStore } from '../state/view-store';
import { DatasetErrorView } from './dataset-error-view';
import { DatasetPage } from './dataset-page';
import { LinkNotice } from './notices';
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
  if (index.isError) {
    body = <DatasetErrorView error={index.error} onRetry={() => void index.refetch()} />;
  } else if (dataset.isError) {
    body = <DatasetErrorView error={dataset.error} onRetry={() => void dataset.refetch()} />;
  } else if (!dataset.data) {
    body = (
      <p className="loading" role="status">
        Loading the timeline…
      </p>
    );
  }

  if (dataset.data && !dataset.isError) {
    return (
      <DatasetPage
        dataset={dataset.data}
        notice={<LinkNotice warnings={warnings} onDismiss={dismiss} />}
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
