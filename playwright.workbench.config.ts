/**
 * The workbench's browser tests: the real `npm run curate` (building the app, as a
 * curator's start does) on a fresh copy of the project's sources and curation, one
 * worker, since the tests save into the same files in turn.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './chromium';
import { CURATE_PORT, CURATED_ROOT } from './e2e/workbench/project';

const copy = `rm -rf ${CURATED_ROOT} && mkdir -p ${CURATED_ROOT} && cp -R sources curation events.json ${CURATED_ROOT}/`;

export default defineConfig({
  testDir: 'e2e/workbench',
  outputDir: 'test-results/workbench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // CI may run with both cores busy: a save re-extracts events.json before the page shows it.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${CURATE_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `${copy} && npm run curate -- --port ${CURATE_PORT} --root ${CURATED_ROOT}`,
    url: `http://127.0.0.1:${CURATE_PORT}`,
    // A server left running would curate a copy earlier tests have written to.
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
