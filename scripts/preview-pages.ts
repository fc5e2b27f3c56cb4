/**
 * Link previews: one small static page per event, with Open Graph and Twitter meta, so a link
 * pasted into a chat shows what it points to. The page sends the browser on to the app with
 * `?event=<id>` by a meta refresh (no script, so it works under a strict Content-Security-Policy)
 * and shows a plain link for clients that do not follow it. URLs are relative, so the pages work
 * when the app is hosted under a sub-path.
 */
import { formatEventDate } from '../src/domain/dates.ts';
import type { DatasetMeta, StanceEvent } from '../src/domain/schema';
import { summaryText } from '../src/domain/summary.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export interface PreviewPage {
  /** Path inside the build, e.g. `e/un-resolution-2728.html`. */
  fileName: string;
  html: string;
}

/**
 * The preview page of one event. `isDefault` datasets get `e/<event>.html` and a link without
 * `dataset=`; others get `e/<dataset>/<event>.html`.
 */
export function previewPage(
  meta: DatasetMeta,
  event: StanceEvent,
  isDefault: boolean,
  siteUrl?: string,
): PreviewPage {
  const dir = isDefault ? 'e/' : `e/${meta.id}/`;
  const fileName = `${dir}${event.id}.html`;
  const up = isDefault ? '../' : '../../';
  const query = `${isDefault ? '' : `dataset=${meta.id}&`}event=${event.id}`;
  const target = `${up}?v=2&${query}`;
  const when = formatEventDate(event);
  // "in March 2024" opens the description, so it takes a capital there.
  const description = `${capitalise(when)}. ${summaryText(event)}`;
  const title = `${event.title} — ${meta.title}`;
  const absolute = siteUrl
    ? new URL(`?v=2&${query}`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
    : undefined;
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<meta name="description" content="${e(description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Stanceline">
<meta property="og:title" content="${e(event.title)}">
<meta property="og:description" content="${e(description)}">
${absolute ? `<meta property="og:url" content="${e(absolute)}">\n<link rel="canonical" href="${e(absolute)}">\n` : ''}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${e(event.title)}">
<meta name="twitter:description" content="${e(description)}">
<meta http-equiv="refresh" content="0; url=${e(target)}">
</head>
<body>
<p><a href="${e(target)}">${e(event.title)}</a> (${e(when)}) — open it in Stanceline: ${e(meta.title)}.</p>
</body>
</html>
`;
  return { fileName, html };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
