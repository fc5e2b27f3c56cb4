/**
 * Which source a built chunk's bytes come from, read from its source map: every generated
 * character is charged to the source of the mapping segment it falls under (characters before a
 * line's first segment, or under a segment without a source, are charged to `(no source)`).
 * A chunk's gzip size is shared out in proportion to those minified bytes: gzip has no
 * per-source size, and this is how the usual tools (source-map-explorer) estimate one.
 */
import { decode } from '@jridgewell/sourcemap-codec';

export interface RawSourceMap {
  sources: (string | null)[];
  mappings: string;
}

export const NO_SOURCE = '(no source)';

/** Minified bytes (UTF-16 code units, which is what the map's columns count) per source. */
export function bytesPerSource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const sizes = new Map<string, number>();
  const add = (source: string, n: number) => {
    if (n > 0) sizes.set(source, (sizes.get(source) ?? 0) + n);
  };
  lines.forEach((line, i) => {
    // The newline itself belongs to nothing; it is one byte a line, which is noise.
    const segments = [...(decoded[i] ?? [])].sort((a, b) => a[0] - b[0]);
    if (segments.length === 0) {
      add(NO_SOURCE, line.length);
      return;
    }
    add(NO_SOURCE, segments[0]![0]);
    segments.forEach((segment, j) => {
      const end = j + 1 < segments.length ? segments[j + 1]![0] : line.length;
      const sourceIndex = segment.length >= 4 ? segment[1] : undefined;
      const source = sourceIndex === undefined ? null : (map.sources[sourceIndex] ?? null);
      add(source ?? NO_SOURCE, Math.min(end, line.length) - segment[0]);
    });
  });
  return sizes;
}

/**
 * A source path as a reader names it: `react-dom` for anything under node_modules/react-dom,
 * `@tanstack/query-core` for a scoped package, `src/app/app.tsx` for the app's own files.
 */
export function moduleName(source: string): string {
  const normalized = source.replace(/\\/g, '/');
  const nm = normalized.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [first, second] = normalized.slice(nm + 'node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second ?? ''}` : (first ?? normalized);
  }
  const src = normalized.lastIndexOf('src/');
  if (src >= 0) return normalized.slice(src);
  const scripts = normalized.lastIndexOf('scripts/');
  if (scripts >= 0) return normalized.slice(scripts);
  return normalized.replace(/^(\.\.\/)+/, '');
}

export interface Share {
  name: string;
  bytes: number;
  /** The chunk's gzip size shared out in proportion to `bytes`. */
  gzip: number;
}

/**
 * `sizes` grouped by `group` and given their share of `gzipTotal`, largest first.
 */
export function shareOut(
  sizes: Map<string, number>,
  gzipTotal: number,
  group: (source: string) => string = (s) => s,
): Share[] {
  const grouped = new Map<string, number>();
  let total = 0;
  for (const [source, n] of sizes) {
    const name = group(source);
    grouped.set(name, (grouped.get(name) ?? 0) + n);
    total += n;
  }
  return [...grouped]
    .map(([name, bytes]) => ({ name, bytes, gzip: total === 0 ? 0 : (gzipTotal * bytes) / total }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}
