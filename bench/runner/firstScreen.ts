/**
 * The time until a page's first screen shows events, on fresh pages of each target
 * taken in turn (ours, theirs, ours, theirs …) in one browser, under a device
 * profile: a phone (412×823, touch, CPU four times slower, 150 ms round trip and
 * 1.6 Mbps down, by CDP) or a desktop (1280×720, nothing slowed). Every target of a
 * comparison sees the same machine at the same moments, so their ratio holds even
 * when the shared machine's speed moves from run to run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, round } from './stats';

export interface Profile {
  name: 'mobile' | 'desktop';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  mobile: boolean;
  /** CPU slowdown factor (1 = none). */
  cpuSlowdown: number;
  /** Added to every request, in ms, and the download rate in bits per second; null: none. */
  network: { latencyMs: number; downloadBps: number; uploadBps: number } | null;
}

export const MOBILE: Profile = {
  name: 'mobile',
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  mobile: true,
  cpuSlowdown: 4,
  network: { latencyMs: 150, downloadBps: 1.6e6, uploadBps: 750e3 },
};

export const DESKTOP: Profile = {
  name: 'desktop',
  viewport: { width: 1280, height: 720 },
  deviceScaleFactor: 1,
  mobile: false,
  cpuSlowdown: 1,
  network: null,
};

export interface ScreenTarget {
  name: string;
  /** Events in the data it shows. */
  n: number;
  url: string;
  /** What the page shows once it shows events. */
  ready: string;
}

export interface ScreenResult {
  target: string;
  n: number;
  profile: Profile['name'];
  /** Each fresh page's first screen with events, ms from navigation start. */
  runsMs: number[];
  medianMs: number | null;
  /** Each page's load event, and its median. */
  loadRunsMs: number[];
  loadMedianMs: number | null;
  notes: string[];
}

const WATCHER = readFileSync(join(import.meta.dirname, '../pages/watch-first-screen.js'), 'utf8');

async function onePage(
  browser: Browser,
  target: ScreenTarget,
  profile: Profile,
  timeoutMs: number,
): Promise<{ at: number; loadAt: number }> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  try {
    await context.addInitScript({
      content: `window.__benchReady = ${JSON.stringify(target.ready)};\n${WATCHER}`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpuSlowdown > 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.network.latencyMs,
        downloadThroughput: profile.network.downloadBps / 8,
        uploadThroughput: profile.network.uploadBps / 8,
      });
    }
    await page.goto(target.url, { waitUntil: 'commit', timeout: timeoutMs });
    const handle = await page.waitForFunction(
      () => {
        const state = (
          window as unknown as { __firstScreen?: { at: number | null; loadAt: number | null } }
        ).__firstScreen;
        return state?.at != null && state.loadAt != null ? state : null;
      },
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as { at: number; loadAt: number };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * `runs` rounds; in each, one fresh page of every target in turn (the order turns
 * round from one round to the next, so none is always first).
 */
export async function measureFirstScreens(
  browser: Browser,
  targets: ScreenTarget[],
  profile: Profile,
  runs: number,
  log: (line: string) => void,
  timeoutMs = 120_000,
): Promise<ScreenResult[]> {
  const results = targets.map((target): ScreenResult => ({
    target: target.name,
    n: target.n,
    profile: profile.name,
    runsMs: [],
    medianMs: null,
    loadRunsMs: [],
    loadMedianMs: null,
    notes: [],
  }));
  for (let run = 0; run < runs; run++) {
    const line: string[] = [];
    for (let k = 0; k < targets.length; k++) {
      const i = (k + run) % targets.length;
      const target = targets[i]!;
      const result = results[i]!;
      if (result.notes.length > 0) continue;
      try {
        const { at, loadAt } = await onePage(browser, target, profile, timeoutMs);
        result.runsMs.push(round(at)!);
        result.loadRunsMs.push(round(loadAt)!);
        line.push(`${target.name} ${Math.round(at)}`);
      } catch (error) {
        result.notes.push(`${profile.name}: ${(error as Error).message.split('\n')[0]}`);
        line.push(`${target.name} failed`);
      }
    }
    log(`  ${profile.name} round ${run + 1}: ${line.join(', ')} ms`);
  }
  for (const result of results) {
    result.medianMs = round(median(result.runsMs));
    result.loadMedianMs = round(median(result.loadRunsMs));
  }
  return results;
}
