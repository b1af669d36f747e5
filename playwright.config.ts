import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './chromium';

const executablePath = chromiumExecutable();
const port = Number(process.env.E2E_PORT ?? 4179);
// A build folder of its own (`E2E_DIST`) lets two suites run side by side without one
// rebuilding the other's files under it.
const dist = process.env.E2E_DIST;
const build = dist ? `npx vite build --outDir ${dist} --emptyOutDir` : 'npm run build';
const preview = `npx vite preview --port ${port} --strictPort --host 127.0.0.1${dist ? ` --outDir ${dist}` : ''}`;

export default defineConfig({
  testDir: 'e2e',
  // The workbench's tests run against `npm run curate`: playwright.workbench.config.ts.
  testIgnore: 'workbench/**',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // CI may run with both cores busy: a page's first drawing can then take several seconds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: QUIET_CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `${build} && ${preview}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
