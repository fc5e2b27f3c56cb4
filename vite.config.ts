/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-data-plugin.ts';
import { cspPlugin, SECURITY_HEADERS } from './scripts/csp.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';
import { earlyWorkerPlugin } from './scripts/early-worker-plugin.ts';
import { pureCallsPlugin } from './scripts/pure-calls-plugin.ts';
import { preloadDeps } from './scripts/preload-deps.ts';

// `base: './'` keeps every asset URL relative, so the built app works when hosted under a
// sub-path (e.g. https://example.org/tools/stanceline/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    dataPlugin(),
    cspPlugin(),
    offlinePlugin(),
    earlyWorkerPlugin(),
    pureCallsPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // No polyfill in the first script: a browser without modulepreload (Safari before 17, Firefox
    // before 115) fetches a lazy part's files as it imports them, which is slower, never broken.
    // Lazy parts preload what they import only where the reader waits on them: the chart's parts
    // after its first marks (scripts/preload-deps.ts).
    modulePreload: { polyfill: false, resolveDependencies: preloadDeps },
    // The worker's nested build and the data checks are slow by nature; the bundler's notice
    // about slow plugins has nothing to act on.
    rolldownOptions: {
      checks: { pluginTimings: false },
      output: {
        // React (about 200 KB minified) in a chunk of its own: it changes least often, so it stays
        // cached across releases, and no chunk passes the bundler's 500 KB size notice. Everything
        // else the page imports from the start goes in one chunk: small shared pieces (dates, the
        // schema's constants) would otherwise be requests of their own, each compressed alone.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  // The validation worker is a module worker (src/data/validate-off-thread.ts).
  worker: { format: 'es' },
  // The preview server sends the headers a host should send (see README, "Hosting").
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy machine one can take several seconds.
    // What a unit test checks is never its time (bench/ measures time), so allow for that.
    testTimeout: 30_000,
  },
});
