/**
 * Why a linked file (`?src=`) could not be fetched, in the words of a person who pasted a link.
 * The fetch's own messages speak of the site's datasets ("its files were not uploaded"); a
 * linked file is someone else's, on someone else's host.
 */
import { FetchError } from './fetch-text';

export function hostedFetchError(err: FetchError, url: string): FetchError {
  const again = (message: string) => new FetchError(err.kind, url, message, err.status);
  switch (err.kind) {
    case 'connection':
      // A host that does not let other sites read its files fails like a broken connection:
      // the browser hides which it was. Say both.
      return again(
        `Could not read ${url}. Its server may not let other sites read the file (it needs to allow them with CORS), or it could not be reached.`,
      );
    case 'not-found':
      return again(
        `Nothing was found at ${url} (HTTP ${err.status ?? 404}). The file may have moved or been deleted, or the link may be mistyped.`,
      );
    case 'not-json':
      return again(
        `${url} is a web page, not a data file. Link to the file itself rather than to a page that shows it (on GitHub, the file's “Raw” address).`,
      );
    case 'http':
      return again(
        `The server at ${url} refused to send the file (HTTP ${err.status ?? 0}). It may be private, or need a login that a link cannot give.`,
      );
    default:
      return err;
  }
}
