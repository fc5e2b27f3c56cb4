/**
 * HTML to plain text, for the markup that TimelineJS allows in headlines and texts. The markup is
 * tokenized (htmlparser2's forgiving parser, the same in the browser and in Node), never
 * rendered: tags are dropped, block elements and line breaks end a paragraph, entities are
 * decoded once, and whatever comes out is text that React escapes like any other string. The
 * content of elements that are not prose (script, style, iframe…) is dropped with them.
 *
 * Links are collected, with the paragraph they sit in, because in a TimelineJS file they are
 * the only sources an event has: `<a href>` with an http(s) or protocol-relative URL, and bare
 * URLs in the text, which TimelineJS turns into links itself (its `autolink` option).
 */
import { Parser } from 'htmlparser2';

export interface TextLink {
  url: string;
  /** The link's own text, '' for a bare URL. */
  text: string;
  /** Index of the paragraph that holds the link. */
  paragraph: number;
}

export interface PlainText {
  /** Non-empty paragraphs, whitespace collapsed. */
  paragraphs: string[];
  /** Distinct http(s) links in reading order. */
  links: TextLink[];
}

/** Elements whose content is not prose: dropped with everything inside. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'button',
]);

/** Elements that end a paragraph where they open and close. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
]);

/** C0/C1 control characters other than tab and newline: never meant to be seen. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Bare URLs in text; the trailing punctuation of a sentence is trimmed off afterwards. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/gi;

function collapse(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * An absolute http(s) URL for an href, or null. Protocol-relative `//host/path` (common in
 * TimelineJS examples) becomes https; relative paths, `mailto:`, `javascript:` and the like are
 * not sources a reader can open, so they are left out.
 */
export function httpUrl(href: string): string | null {
  const raw = href.replace(CONTROL, '').trim();
  if (raw === '') return null;
  const candidate = raw.startsWith('//') ? `https:${raw}` : raw;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}

/** Strips what ends a sentence rather than the URL: `(see https://x.org/a).` → `https://x.org/a`. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?'"]+$/, '');
  // A closing parenthesis belongs to the URL only when the URL opened one.
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
  }
  return out;
}

export function htmlToText(html: string): PlainText {
  const paragraphs: string[] = [];
  const links: TextLink[] = [];
  const seen = new Set<string>();
  let buffer = '';
  let skipping = 0;
  const anchors: Array<{ url: string | null; text: string }> = [];

  const addLink = (url: string, text: string, paragraph: number) => {
    if (seen.has(url)) return;
    seen.add(url);
    links.push({ url, text, paragraph });
  };

  const endParagraph = () => {
    const text = collapse(buffer);
    buffer = '';
    if (text === '') return;
    const index = paragraphs.length;
    paragraphs.push(text);
    for (const match of text.matchAll(BARE_URL)) {
      const url = httpUrl(trimUrl(match[0]));
      if (url) addLink(url, '', index);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipping > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipping += 1;
          return;
        }
        if (BLOCKS.has(name)) endParagraph();
        if (name === 'a') anchors.push({ url: httpUrl(attribs.href ?? ''), text: '' });
      },
      ontext(text) {
        if (skipping > 0) return;
        buffer += text;
        for (const anchor of anchors) anchor.text += text;
      },
      onclosetag(name) {
        if (skipping > 0) {
          if (!VOID.has(name)) skipping -= 1;
          return;
        }
        if (name === 'a') {
          const anchor = anchors.pop();
          // The paragraph the link ends in: the one being written now.
          if (anchor?.url) addLink(anchor.url, collapse(anchor.text), paragraphs.length);
        }
        if (BLOCKS.has(name)) endParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();

  // A link whose paragraph turned out empty (a link with no text at the very end) points at
  // the last paragraph there is.
  const last = Math.max(0, paragraphs.length - 1);
  return {
    paragraphs,
    links: links.map((l) => (l.paragraph > last ? { ...l, paragraph: last } : l)),
  };
}

/** Void elements have no closing tag, so they never open a skipped region. */
const VOID = new Set(['embed', 'br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr']);

/** A one-line version, for headlines: paragraphs joined by a space. */
export function htmlToLine(html: string): string {
  return htmlToText(html).paragraphs.join(' ');
}
