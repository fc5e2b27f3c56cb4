/**
 * Whether a source's address is an http(s) URL a reader can open: what `new URL` accepts with
 * the http: or https: scheme. Checking 100,000 sources that way is most of the validator's time
 * after the schema, so the common form is recognised first by a pattern that only matches
 * addresses the URL parser accepts: the scheme, a host of plain labels whose last one starts with
 * a letter (so it is never read as an IPv4 number, and never an IDNA `xn--` label that could fail
 * to decode), no user, no port, then any path, query and fragment without spaces (the parser
 * fails on none of those for http(s)). Anything else goes to the parser itself, so the answer is
 * always the parser's; a property test holds the two equal.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?:[/?#][^\s\\]*)?$/i;

export function isHttpUrlByParser(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function isHttpUrl(s: string): boolean {
  return PLAIN_HTTP_URL.test(s) || isHttpUrlByParser(s);
}
