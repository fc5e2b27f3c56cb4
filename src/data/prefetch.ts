/**
 * Starts loading the dataset a link asks for as soon as the app's code runs, before React
 * renders and without waiting for the dataset index: the two requests then run side by side.
 * Without `dataset=` the default one is the index's first, so it starts as soon as the index
 * arrives. TanStack Query shares the requests with the components that ask for the same keys.
 */
import type { QueryClient } from '@tanstack/react-query';
import { datasetIndexQueryOptions, datasetQueryOptions } from './dataset-queries';

/** The id syntax of the data; anything else is left for the link notice to explain. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function prefetchLinkedDataset(client: QueryClient, search: string): void {
  const params = new URLSearchParams(search);
  // Data from elsewhere (a hosted file, a local one) has its own loader, whose code is fetched
  // now rather than when the first render asks for it.
  if (params.has('src') || params.has('file')) {
    void import('./outside-records').catch(() => undefined); // the record query says it failed
    return;
  }
  const id = params.get('dataset');
  void client.prefetchQuery(datasetIndexQueryOptions());
  if (id !== null) {
    if (ID.test(id)) void client.prefetchQuery(datasetQueryOptions(id));
    return;
  }
  void client
    .fetchQuery(datasetIndexQueryOptions())
    .then((index) => {
      const first = index.datasets[0]?.id;
      return first === undefined ? undefined : client.prefetchQuery(datasetQueryOptions(first));
    })
    .catch(() => undefined); // the index query shows its own error
}
