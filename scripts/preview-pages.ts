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

/** px: the size of an event's picture (src/export/og-image.ts). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

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
  /** Where the page's picture goes (`e/<event>.png`), when it has one. */
  imageFileName?: string;
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
  /** The build writes the event's picture beside the page (scripts/og-images.ts). */
  withImage = false,
): PreviewPage {
  const dir = isDefault ? 'e/' : `e/${meta.id}/`;
  const fileName = `${dir}${event.id}.html`;
  const up = isDefault ? '../' : '../../';
  const query = `${isDefault ? '' : `dataset=${meta.id}&`}event=${event.id}`;
  const target = `${up}?v=2&${query}`;
  const when = formatEventDate(event);
  // "in March 2024" opens the description, so it takes a capital there.
  const description = shortDescription(`${capitalise(when)}. ${summaryText(event)}`);
  const title = `${event.title} — ${meta.title}`;
  const absolute = siteUrl
    ? new URL(`?v=2&${query}`, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
    : undefined;
  const imageFileName = withImage ? `${dir}${event.id}.png` : undefined;
  // Open Graph wants an absolute URL; without the site's address the page names the file
  // beside it, relative to the page: a static page cannot know where it will be hosted.
  const image = imageFileName
    ? siteUrl
      ? new URL(imageFileName, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
      : `${event.id}.png`
    : undefined;
  const imageAlt = `${event.title}, ${when}, on the timeline of ${meta.title}`;
  const e = escapeHtml;
  const imageMeta = image
    ? `<meta property="og:image" content="${e(image)}">
<meta property="og:image:width" content="${OG_IMAGE_SIZE.width}">
<meta property="og:image:height" content="${OG_IMAGE_SIZE.height}">
<meta property="og:image:alt" content="${e(imageAlt)}">
<meta name="twitter:image" content="${e(image)}">
<meta name="twitter:image:alt" content="${e(imageAlt)}">
`
    : '';
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
${absolute ? `<meta property="og:url" content="${e(absolute)}">\n<link rel="canonical" href="${e(absolute)}">\n` : ''}${imageMeta}<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${e(event.title)}">
<meta name="twitter:description" content="${e(description)}">
<meta http-equiv="refresh" content="0; url=${e(target)}">
</head>
<body>
<p><a href="${e(target)}">${e(event.title)}</a> (${e(when)}) — open it in Stanceline: ${e(meta.title)}.</p>
</body>
</html>
`;
  return imageFileName ? { fileName, html, imageFileName } : { fileName, html };
}

/** Characters of description a link preview shows whole; most cut longer ones themselves. */
export const DESCRIPTION_MAX = 300;

/**
 * The description a chat shows under the title: the text's first sentences, as many as fit in
 * `max` characters; when the first alone is longer, it is cut at a word, with "…". The page links
 * to the event, where the whole summary is.
 */
export function shortDescription(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    if ((out + segment).trimEnd().length > max) break;
    out += segment;
  }
  if (out.trim()) return out.trimEnd();
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
