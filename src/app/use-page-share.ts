import type { Dataset } from '../domain/validate';
import type { ViewState } from '../state/view-state';
import { useShare } from './use-share';
import { useShareLinks } from './use-share-links';

/**
 * What the dataset page shares and copies: the view, an event, an event's preview page, any text
 * (citations, snippets), each with the same feedback. A link to a file opened from this device
 * opens only in this browser; sharing says so.
 */
export function usePageShare(dataset: Dataset, state: ViewState) {
  const { share, copy, message, fallback, clearFallback } = useShare();
  const links = useShareLinks(dataset, state);
  const localOnly = state.file !== null && state.src === null;
  const titleOf = (id: string) => dataset.eventById.get(id)?.title ?? dataset.meta.title;
  return {
    links,
    shareView: () => void share(window.location.href, document.title, localOnly),
    shareEvent: (id: string) => void share(links.event(id), titleOf(id), localOnly),
    sharePreview: (id: string) => void share(links.preview(id), titleOf(id)),
    copyText: (text: string, what: string) => void copy(text, what),
    feedback: { message, fallback, clearFallback },
  };
}
