import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium (the network here cannot download Playwright's own); CHROMIUM_PATH overrides. */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Generous waits: on a loaded or throttled 2-core machine (CI runs have seen Chromium take 3–5 s to load one
  // page and print it), a wait that only guards against a hang must not fail a test that is merely slow.
  // The first search also compiles Pagefind's WebAssembly.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    // The site registers a service worker; tests that do not test it run without one, so what they see and route
    // is what the network serves. tests/e2e/offline.spec.ts opens its own contexts with workers allowed.
    serviceWorkers: 'block',
    navigationTimeout: 60_000,
    actionTimeout: 30_000,
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
