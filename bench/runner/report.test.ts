import { describe, expect, it } from 'vitest';
import type { ScreenResult } from './firstScreen';
import { peerCeilings, renderMarkdown, type BenchResults } from './report';

function screen(
  target: string,
  n: number,
  profile: 'mobile' | 'desktop',
  ms: number,
  loadMs: number,
): ScreenResult {
  return {
    target,
    n,
    profile,
    runsMs: [ms],
    medianMs: ms,
    loadRunsMs: [loadMs],
    loadMedianMs: loadMs,
    notes: [],
  };
}

/** A run of the first screens alone: the bundled 17 events, the empty page and both peers. */
function run(screens: ScreenResult[]): BenchResults {
  return {
    date: '2026-12-02T13:00:00Z',
    machine: {
      cpu: 'x',
      cores: 2,
      memoryGB: 8,
      os: 'linux',
      node: 'v22',
      chromium: '1',
      loadAverage: [1, 1, 1],
    },
    commit: 'abc',
    quick: false,
    runs: 1,
    datasets: { 17: 1000 },
    indexes: {},
    bundle: null,
    extractor: null,
    screens,
    interactions: [],
    budgets: [],
    seconds: 1,
  };
}

describe('the ceiling of the peer ratio', () => {
  const results = run([
    // The empty page's time is its load event; a peer's is its first screen with events.
    screen('floor', 0, 'desktop', 260, 200),
    screen('vis', 17, 'desktop', 580, 700),
    screen('tl', 17, 'desktop', 900, 540),
    screen('floor', 0, 'mobile', 850, 800),
  ]);

  it('is the faster peer over the empty page, for each profile that has both', () => {
    expect(peerCeilings(results)).toEqual([
      { profile: 'desktop', peerMs: 580, floorMs: 200, ratio: 2.9 },
    ]);
  });

  it('is printed under the first screens, so a budget above it reads as out of reach', () => {
    expect(renderMarkdown(results)).toContain('desktop 580 ÷ 200 ms = 2.90×');
  });
});
