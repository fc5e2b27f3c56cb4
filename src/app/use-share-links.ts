import { useMemo } from 'react';
import type { Dataset } from '../domain/validate';
import { useDatasetIndex } from '../data/dataset-queries';
import { appBase, eventUrl, previewPageUrl, viewUrl } from '../state/links';
import type { ViewState } from '../state/view-state';

export interface ShareLinks {
  /** Opens one event in the app. */
  event: (id: string) => string;
  /** The event's static preview page. */
  preview: (id: string) => string;
  /** The current view in embed mode. */
  embed: () => string;
  /** The current view outside embed mode: where "Open in Stanceline" goes. */
  open: string;
}

/**
 * The links this page hands out, resolved against where it is hosted. The preview pages of the
 * index's first dataset live at `e/<event>.html`, those of the others under `e/<dataset>/`.
 */
export function useShareLinks(dataset: Dataset, state: ViewState): ShareLinks {
  const index = useDatasetIndex();
  const first = index.data?.datasets[0]?.id;
  const id = dataset.meta.id;
  return useMemo(() => {
    const base = appBase(window.location.href);
    return {
      event: (eventId: string) => eventUrl(base, state, eventId),
      preview: (eventId: string) => previewPageUrl(base, id, id === first, eventId),
      embed: () => viewUrl(base, { ...state, embed: true }),
      open: viewUrl(base, { ...state, embed: false }),
    };
  }, [state, id, first]);
}
