/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataPlugin } from './scripts/vite-data-plugin.ts';

// `base: './'` keeps every asset URL relative, so the built app works when hosted under a
// sub-path (e.g. https://example.org/tools/stanceline/).
export default defineConfig({
  base: './',
  plugins: [react(), dataPlugin()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy machine one can take several seconds.
    // What a unit test checks is never its time (bench/ measures time), so allow for that.
    testTimeout: 30_000,
  },
});
