import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Which Chromium runs the tests: `CHROMIUM_PATH` when set, else Debian's
 * `/usr/bin/chromium` when present, else Playwright's own download
 * (`npx playwright install chromium` on a machine that can reach it).
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumExecutable();
const port = Number(process.env.E2E_PORT ?? 4179);
// A build folder of its own (`E2E_DIST`) lets two suites run side by side without one
// rebuilding the other's files under it.
const dist = process.env.E2E_DIST;
const build = dist ? `npx vite build --outDir ${dist} --emptyOutDir` : 'npm run build';
const preview = `npx vite preview --port ${port} --strictPort --host 127.0.0.1${dist ? ` --outDir ${dist}` : ''}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps calling home and the closed network here refuses it.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
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
