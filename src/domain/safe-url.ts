/**
 * Defence in depth for links from data. The validator already rejects a source or licence URL
 * that is not http(s), but a link is rendered from whatever reaches the component (a file opened
 * by the reader, a future format, a bug upstream), so the protocol is checked again at render
 * time: `javascript:`, `data:`, `vbscript:` and relative URLs never become a clickable href.
 */

/**
 * The URL as written if it is an absolute http(s) URL; otherwise null. The browser parses an
 * href exactly as `new URL` does (stripping the same spaces, tabs and newlines), so the string
 * that passed here is the address the link opens.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    // No base: a relative URL is not a link to a source, it is an error in the data.
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick ("https://trusted.org@evil.example/").
  if (url.username !== '' || url.password !== '') return null;
  return value;
}
