import { useEffect } from 'react';
import { useDataset, useDatasetIndex } from '../data/dataset-queries';
import { DatasetErrorView } from './dataset-error-view';
import type { Dataset } from '../domain/validate';

export function App() {
  const index = useDatasetIndex();
  const datasetId = index.data?.datasets[0]?.id;
  const dataset = useDataset(datasetId);

  if (index.isError)
    return (
      <Shell>
        <DatasetErrorView error={index.error} onRetry={() => void index.refetch()} />
      </Shell>
    );
  if (dataset.isError)
    return (
      <Shell>
        <DatasetErrorView error={dataset.error} onRetry={() => void dataset.refetch()} />
      </Shell>
    );
  if (!dataset.data)
    return (
      <Shell>
        <p role="status">Loading the timeline…</p>
      </Shell>
    );
  return <DatasetPage dataset={dataset.data} />;
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <p className="brand">Stanceline</p>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

function DatasetPage({ dataset }: { dataset: Dataset }) {
  const { meta, events } = dataset;
  useEffect(() => {
    document.title = `${meta.title} — Stanceline`;
  }, [meta.title]);
  return (
    <>
      <header className="site-header">
        <p className="brand">Stanceline</p>
        <h1>{meta.title}</h1>
        <p className="lede">{meta.description}</p>
      </header>
      <main id="main">
        <p role="status">{events.length} events</p>
      </main>
    </>
  );
}
