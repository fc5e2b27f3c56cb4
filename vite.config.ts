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
  },
});
