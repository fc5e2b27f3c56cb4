/**
 * Names the built validation worker in index.html, so that the page's first script
 * (public/early-fetch.js), which is served as is and cannot know the file's hashed name, can
 * start it as soon as a linked dataset's events.json announces a large body: the worker's code
 * then downloads and compiles while the app's own code does, instead of after it.
 * Only in the build: under `vite dev` the app starts the worker itself.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify, type Plugin } from 'vite';
import { COMPRESSED_RATIO, WORKER_THRESHOLD_CHARS } from '../src/data/worker-threshold.ts';
import { readDatasetIndexes } from './dataset-index.ts';
import { datasetsToCheck } from './checked-data.ts';

const dataDir = resolve(import.meta.dirname, '..', 'data');
const FILES = ['dataset.json', 'actors.json', 'events.json'];

/**
 * The datasets the build ships that are large enough for the worker, so that the first script
 * starts it at once for them, without waiting for bytes to arrive (the reading of a body runs on
 * the page's main thread, which is busy with the app's code by then). A hint only: files
 * replaced on the server after the build are sized as they arrive, and a worker the app does not
 * need is ended.
 */
export function largeDatasets(dir = dataDir, setting?: string): string[] {
  const { committed, generated } = readDatasetIndexes(dir);
  // Data the build serves checked is only parsed: no worker (a digest that does not match, a file
  // replaced since the build, still gets one, as any large file does once its size is known).
  const checked = new Set(datasetsToCheck(dir, setting));
  return [...committed, ...generated]
    .map(({ id }) => id)
    .filter((id) => !checked.has(id))
    .filter((id) => {
      const bytes = FILES.map((f) => join(dir, id, f))
        .filter((path) => existsSync(path))
        .reduce((n, path) => n + statSync(path).size, 0);
      // Bytes of UTF-8 are at least as many as characters: a close enough measure for a hint.
      return bytes >= WORKER_THRESHOLD_CHARS;
    });
}

/** The meta tag early-fetch.js reads (EARLY_WORKER_META there). */
export const EARLY_WORKER_META = 'stanceline-validate-worker';

/** The tag for a worker file, relative to the page as every built asset is (`base: './'`). */
export function earlyWorkerTag(fileName: string, large: readonly string[]): string {
  return `<meta name="${EARLY_WORKER_META}" content="./${fileName}" data-min-chars="${WORKER_THRESHOLD_CHARS}" data-compressed-ratio="${COMPRESSED_RATIO}" data-large="${large.join(' ')}" />`;
}

export function earlyWorkerPlugin(): Plugin {
  return {
    name: 'stanceline-early-worker',
    apply: 'build',
    // The first script is served as written in public/ (the bundler must not merge it into the
    // app's code); the build copies it minified, as every other script is: its comments would
    // more than double what the page waits for.
    async writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'early-fetch.js');
      if (!existsSync(file)) return;
      const { code, errors } = await minify('early-fetch.js', readFileSync(file, 'utf8'));
      if (errors.length > 0) throw new Error(`early-fetch.js: ${errors[0]?.message ?? 'error'}`);
      writeFileSync(file, code);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const file = Object.keys(ctx.bundle ?? {}).find((name) =>
          /(^|\/)validate-worker-[\w-]+\.js$/.test(name),
        );
        if (file === undefined) {
          throw new Error('early-worker: the build emitted no validate-worker chunk');
        }
        return html.replace('</title>', `</title>\n    ${earlyWorkerTag(file, largeDatasets())}`);
      },
    },
  };
}
