/**
 * Serves the top-level data/ folder at ./data/ in development and copies it into the build, so
 * datasets stay plain files that authors edit and validate, and the app fetches them at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { validateDatasetTexts } from '../src/domain/validate.ts';
import {
  GENERATED_INDEX_FILE,
  INDEX_FILE,
  mergedIndexText,
  readDatasetIndexes,
} from './dataset-index.ts';
import { previewPage } from './preview-pages.ts';
import { checkedData, type CheckedData } from './checked-data.ts';
import { CHECKED_DATA_META } from '../src/data/checked-data.ts';

const dataDir = resolve(import.meta.dirname, '..', 'data');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function dataPlugin(): Plugin {
  // What the build checked, worked out once per build (scripts/checked-data.ts).
  let checked: CheckedData | undefined;
  const checkedOnce = () => (checked ??= checkedData(dataDir));
  return {
    name: 'stanceline-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const prefix = '/data/';
        const at = url.pathname.indexOf(prefix);
        if (at === -1) return next();
        const rel = decodeURIComponent(url.pathname.slice(at + prefix.length));
        const file = normalize(join(dataDir, rel));
        // Refuse anything that escapes data/ (e.g. ../../etc/passwd).
        if (!file.startsWith(dataDir + sep) || extname(file) !== '.json') return next();
        try {
          // The index the app sees lists generated datasets too (dataset-index.ts).
          const body = rel === INDEX_FILE ? mergedIndexText(dataDir) : readFileSync(file);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    // The dataset index is requested while the app's code downloads (see src/data/prefetch.ts).
    // Injected after Vite's own HTML processing, which would otherwise bundle the file.
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: './data/datasets.json',
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
        // The digests of the data the build checked; the dev server serves data unchecked.
        ...(ctx.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { name: CHECKED_DATA_META, content: checkedOnce().meta },
                // Before the page's first script, which reads it (public/early-fetch.js).
                injectTo: 'head-prepend' as const,
              },
            ]),
      ],
    },
    generateBundle() {
      // A broken dataset fails the build here, with the validator's messages, rather than at
      // a reader's first visit.
      const { committed, generated, problems } = readDatasetIndexes(dataDir);
      if (problems.length > 0) this.error(`data/${problems[0]?.file ?? INDEX_FILE} is invalid`);
      // Preview pages are for curated records; a generated one of 100,000 events would add as
      // many files to the build. STANCELINE_PREVIEW_PAGES=all writes them for every dataset.
      const allPages = process.env.STANCELINE_PREVIEW_PAGES === 'all';
      [...committed, ...generated].forEach(({ id }, i) => {
        const read = (f: string) => readFileSync(join(dataDir, id, f), 'utf8');
        const result = validateDatasetTexts({
          'dataset.json': read('dataset.json'),
          'actors.json': read('actors.json'),
          'events.json': read('events.json'),
        });
        if (!result.ok) {
          this.error(
            `data/${id} is invalid; run \`npm run validate\` (${result.problems.length} problems)`,
          );
        }
        if (i >= committed.length && !allPages) return;
        // One picture per event, for the curated records only: a generated record asked to
        // have its pages (STANCELINE_PREVIEW_PAGES=all) gets them without pictures.
        const withImages = i < committed.length;
        for (const event of result.dataset.events) {
          const page = previewPage(
            result.dataset.meta,
            event,
            i === 0,
            process.env.STANCELINE_SITE_URL,
            withImages,
          );
          // The picture itself is drawn after the build (scripts/og-images.ts).
          this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
        }
      });
      for (const file of listFiles(dataDir)) {
        const rel = relative(dataDir, file).split(sep).join('/');
        if (extname(file) !== '.json' || rel === GENERATED_INDEX_FILE) continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${rel}`,
          source:
            rel === INDEX_FILE
              ? mergedIndexText(dataDir)
              : (checkedOnce().served.get(rel) ?? readFileSync(file)),
        });
      }
    },
  };
}
