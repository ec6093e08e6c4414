import { defineConfig } from '@playwright/test';
import { chromePath, chromiumArgs } from './scripts/chromium';

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser). They run against the built app
 * served by `vite preview`, as a user gets it. `npm run build` must run first (npm test does).
 */
// E2E_PORT lets two runs share a machine (a CI run beside a developer's); 4173 otherwise.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Sized for a busy 2-core machine: a whole keyboard walk takes ~14 s alone and several times that under load.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromePath,
      args: chromiumArgs,
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
