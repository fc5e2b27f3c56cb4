/**
 * Absolute links a reader takes away: to a view, to one event, to an event's preview page, and
 * the embed snippet. Pure: the page's own address is passed in, so the app works under any
 * sub-path and the functions are testable.
 */
import { serialize } from './url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

/** The app's address without query or hash, e.g. `https://example.org/tools/stanceline/`. */
export function appBase(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

export function viewUrl(base: string, state: ViewState): string {
  const query = serialize(state);
  return query ? `${base}?${query}` : base;
}

/** The link that opens just this event (the record kept, every filter dropped). */
export function eventUrl(
  base: string,
  record: Pick<ViewState, 'dataset' | 'src' | 'file'>,
  eventId: string,
): string {
  const { dataset, src, file } = record;
  return viewUrl(base, { ...DEFAULT_VIEW_STATE, dataset, src, file, event: eventId });
}

/**
 * The event's static preview page, which chat apps unfurl with a title and description: the
 * build writes `e/<event>.html` for the default dataset and `e/<dataset>/<event>.html` for others.
 */
export function previewPageUrl(
  base: string,
  datasetId: string,
  isDefaultDataset: boolean,
  eventId: string,
): string {
  const dir = base.endsWith('/') ? base : base.replace(/[^/]*$/, '');
  return `${dir}e/${isDefaultDataset ? '' : `${encodeURIComponent(datasetId)}/`}${encodeURIComponent(eventId)}.html`;
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};
const attr = (s: string) => s.replace(/[&"<>]/g, (c) => ATTR_ESCAPES[c] ?? c);

/**
 * The `<iframe>` a newsroom pastes into its page. `title` names the frame for screen readers;
 * `max-width: 100%` lets the frame shrink in a narrow column (the embed fits itself down to
 * 320 px); `loading="lazy"` keeps it from slowing the host page.
 */
export function iframeSnippet(url: string, title: string, width: number, height: number): string {
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="${width}" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}
