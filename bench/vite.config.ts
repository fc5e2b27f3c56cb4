/**
 * Builds the reference pages of the benchmark (bench/pages: the canvas and vis-timeline pages, and
 * the bare buttons the arrow-key measure is compared with) into `ref/` of the app's bench build, so one server serves the app, the pages and the generated data side by side.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: process.env.BENCH_REF_OUT ?? resolve(import.meta.dirname, '.out', 'app', 'ref'),
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill chunk shared by the pages: each page's modules are its own, as before the
    // bare buttons page was added.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      checks: { pluginTimings: false },
      input: {
        canvas: resolve(pages, 'canvas.html'),
        vis: resolve(pages, 'vis.html'),
        keys: resolve(pages, 'keys.html'),
      },
    },
  },
});
