/** A file's name from its address, in a module of its own: the page names a linked file before
 * (and without) loading the converters. */
/** The last part of a URL's path, decoded: the name a file is known by in messages. */
export function fileNameOfUrl(url: string): string {
  try {
    const { pathname, hostname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : hostname;
  } catch {
    return url;
  }
}
