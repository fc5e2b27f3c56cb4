/**
 * Serves the top-level data/ folder at ./data/ in development and copies it into the build, so
 * datasets stay plain files that authors edit and validate, and the app fetches them at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { datasetIndexSchema } from '../src/domain/schema';
import { validateDatasetTexts } from '../src/domain/validate';
import { previewPage } from './preview-pages';

const dataDir = resolve(import.meta.dirname, '..', 'data');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function dataPlugin(): Plugin {
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
          const body = readFileSync(file);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      // A broken dataset fails the build here, with the validator's messages, rather than at
      // a reader's first visit.
      const index = datasetIndexSchema.parse(
        JSON.parse(readFileSync(join(dataDir, 'datasets.json'), 'utf8')),
      );
      index.datasets.forEach(({ id }, i) => {
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
        for (const event of result.dataset.events) {
          const page = previewPage(
            result.dataset.meta,
            event,
            i === 0,
            process.env.STANCELINE_SITE_URL,
          );
          this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
        }
      });
      for (const file of listFiles(dataDir)) {
        if (extname(file) !== '.json') continue;
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(dataDir, file).split(sep).join('/')}`,
          source: readFileSync(file),
        });
      }
    },
  };
}
