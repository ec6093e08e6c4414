import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { relayCspPlugin } from './vite.relay-csp.ts';

export default defineConfig({
  plugins: [
    relayCspPlugin,
    react(),
    // Offline after the first visit: the service worker precaches the built app. An update waits for the
    // user ("prompt"), so it never reloads the page in the middle of an assessment.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'fonts/*.ttf'],
      manifest: {
        name: 'Ledger Fit',
        short_name: 'Ledger Fit',
        description:
          'Does blockchain fit this healthcare proposal? An explainable assessment after Yeung (2019).',
        theme_color: '#0b3d5c',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,json,webmanifest}'],
        // jsPDF's optional html() and SVG helpers are never called by Ledger Fit: no need to store them.
        globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/files\//, /^\/fonts\//, /^\/join/],
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
  ],
  // "@/" is src/: every import that leaves its folder names its layer, so the lint's boundaries are exact.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The board-paper worker loads pdfkit or docx on demand: an ES module worker can split them into chunks.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    reportCompressedSize: true,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
