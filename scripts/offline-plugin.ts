/**
 * Offline use: vite-plugin-pwa builds the service worker from src/sw.ts (Workbox, injectManifest)
 * and lists the app shell in it for precaching. Only the shell: the preview pages under e/ are
 * for link unfurlers, and data files are cached at run time as they are opened.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    // A new build waits for the reader's "Reload"; src/app/update-prompt.tsx registers it.
    registerType: 'prompt',
    injectRegister: false,
    // No install prompt or icons yet: the worker is for offline reading, not an app store.
    manifest: false,
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      globIgnores: ['e/**', 'data/**', '_headers'],
      // One self-contained classic script: registered without `type: 'module'`.
      rollupFormat: 'iife',
    },
  });
}
