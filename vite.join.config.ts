import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { relayCspPlugin } from './vite.relay-csp.ts';

/**
 * The live room's phone page, built on its own after the app (into the same dist/) so that it shares no
 * chunk with the app: no React, no charts, only the socket client, the sealing and the message schemas.
 */
export default defineConfig({
  plugins: [relayCspPlugin],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    emptyOutDir: false,
    manifest: '.vite/join-manifest.json',
    rolldownOptions: { input: { join: 'join.html' } },
  },
});
