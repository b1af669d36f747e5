/**
 * Which Chromium the e2e tests (`playwright.config.ts`) and the benchmark (`bench/run.ts`)
 * run, and with which flags.
 */
import { existsSync } from 'node:fs';

/**
 * `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when present, else
 * Playwright's own download (`npx playwright install chromium` on a machine that can
 * reach it).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Without these, Chromium keeps calling home and the closed network here refuses it. */
export const QUIET_CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
