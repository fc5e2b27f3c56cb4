/**
 * Serves the top-level data/ folder at ./data/ in development and copies it into the build, so
 * datasets stay plain files that authors edit and validate, and the app fetches them at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

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
