/**
 * Data the build has already checked. `npm run build` validates every dataset it ships, and for
 * the curated ones (committed under data/, not generated) it serves the validator's own output —
 * the same records with the schema's defaults written out — and names each file's SHA-256 in
 * index.html (scripts/checked-data.ts). A file that arrives with that digest is exactly what
 * passed, so the page parses it without loading the schema: the first view of the flagship needs
 * no zod at all. Anything else — a file changed on the server since the build, a generated
 * dataset, a reader's own file, a hosted one, the dev server, a page without Web Crypto — is
 * validated as before, with the same messages.
 */
import type { Dataset } from '../domain/validate';
import type { DatasetTexts } from '../domain/validate-files';
import type { DatasetIndex } from '../domain/schema';
import { withLookups } from './validation-transfer.ts';

/** The meta tag the build writes: `<path under data/>=<hex SHA-256>`, space-separated. */
export const CHECKED_DATA_META = 'stanceline-checked-data';

/** The content of the meta tag for these digests, by path under data/. */
export function checkedDataContent(digests: ReadonlyMap<string, string>): string {
  return [...digests].map(([path, digest]) => `${path}=${digest}`).join(' ');
}

export function parseCheckedDataContent(content: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const pair of content.split(/\s+/)) {
    const at = pair.lastIndexOf('=');
    if (at > 0) digests.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return digests;
}

let cached: Map<string, string> | undefined;

/** The digests the build named, by path under data/; none outside a built page. */
function checkedDigests(): Map<string, string> {
  if (cached) return cached;
  const meta =
    typeof document === 'undefined'
      ? null
      : document.querySelector<HTMLMetaElement>(`meta[name="${CHECKED_DATA_META}"]`);
  cached = parseCheckedDataContent(meta?.content ?? '');
  return cached;
}

async function sha256Hex(body: string | ArrayBuffer): Promise<string | null> {
  // Web Crypto exists only in secure contexts (https, localhost): elsewhere, validate.
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  // The bytes as they arrived when there are any: encoding megabytes of text again costs tens of
  // milliseconds of the page's main thread (the digest itself runs off it).
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const digest = await subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether the build named a digest for every one of these paths: their texts will most likely
 * be checked ones (areChecked says for sure once they have arrived), so no worker is started
 * for them while they download.
 */
export function namedChecked(
  paths: readonly string[],
  digests: ReadonlyMap<string, string> = checkedDigests(),
): boolean {
  return paths.length > 0 && paths.every((path) => digests.has(path));
}

/** Whether each body (by path under data/; a text or its bytes) is the one the build checked. */
export async function areChecked(
  texts: ReadonlyArray<readonly [path: string, body: string | ArrayBuffer | undefined]>,
  digests: ReadonlyMap<string, string> = checkedDigests(),
): Promise<boolean> {
  if (texts.length === 0 || texts.some(([path]) => !digests.has(path))) return false;
  const actual = await Promise.all(
    texts.map(([, body]) => (body === undefined ? null : sha256Hex(body))),
  );
  return actual.every((digest, i) => digest !== null && digest === digests.get(texts[i]![0]));
}

/**
 * The dataset in checked texts, as the validator gave it: the build writes its output as the
 * files (scripts/checked-data.ts), and holds that this gives the same dataset as validating them.
 */
export function datasetFromChecked(texts: DatasetTexts): Dataset {
  const meta = JSON.parse(texts['dataset.json'] ?? '') as Dataset['meta'];
  const { groups, actors } = JSON.parse(texts['actors.json'] ?? '') as Pick<
    Dataset,
    'groups' | 'actors'
  >;
  const { events } = JSON.parse(texts['events.json'] ?? '') as Pick<Dataset, 'events'>;
  return withLookups({ meta, groups, actors, events });
}

/** The dataset index in a checked text. */
export function indexFromChecked(text: string): DatasetIndex {
  return JSON.parse(text) as DatasetIndex;
}
