import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { windowDate } from '../../lib/events/fixtures/windowDate';
import type { TimelineEvent } from '../../lib/events/types';
import { buildMarkIndex, candidateRange } from './laneIndex';
import { withDefaults } from './packRows';
import { binCandidates } from './windowItems';
import { binCandidatesByScan } from './binCandidates.oracle';
import { estimateLabels } from './measureText';
import { HOUR, MINUTE } from '../view/window';

const base = sampleFile.events[0]!;
const measure = estimateLabels(13);
const day = Date.UTC(1917, 10, 7);
const iso = (time: number) => new Date(time).toISOString().slice(0, 16);

/** A lane of events: each an instant to the minute (a dot) or a span of some minutes. */
const laneArb = fc.array(
  fc.record({
    at: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 36 * 60 })),
  }),
  { minLength: 1, maxLength: 300 },
);

function laneOf(spec: { at: number; minutes: number }[]): TimelineEvent[] {
  return spec.map(({ at, minutes }, i) => ({
    ...base,
    id: `e-${i}`,
    title: `Event ${i}`,
    lane: 'lane',
    date: {
      ...base.date,
      ...windowDate(iso(day + at * MINUTE), iso(day + (at + minutes) * MINUTE)),
    },
  }));
}

/** binCandidates and the oracle on one lane, window and stretch size. */
function bothWays(
  spec: { at: number; minutes: number }[],
  startMinute: number,
  spanMinutes: number,
  width: number,
  coarser: number,
) {
  const lane = buildMarkIndex(laneOf(spec)).lanes.get('lane')!;
  const window = {
    start: day + startMinute * MINUTE,
    end: day + (startMinute + spanMinutes) * MINUTE,
  };
  const pxPerMs = width / (window.end - window.start);
  const s = withDefaults({ width });
  const slack = (Math.max(s.pointRadius, s.minBandWidth) + 2) / pxPerMs;
  const { from, to } = candidateRange(lane, window, slack);
  const binMs = 2 ** (Math.ceil(Math.log2(80 / pxPerMs)) + coarser);
  const args = [lane, from, to, window, pxPerMs, binMs, s, measure] as const;
  return { fast: binCandidates(...args), scan: binCandidatesByScan(...args) };
}

describe('binCandidates', () => {
  it('draws a cluster at the right edge from its own events, after a stretch with gaps at the left', () => {
    // Two short events just before the view (one reaching into it) and two at its right edge.
    const spec = [
      { at: 996, minutes: 5 },
      { at: 997, minutes: 1 },
      { at: 1639, minutes: 1 },
      { at: 1640, minutes: 1 },
    ];
    for (const coarser of [0, 1, 2, 3]) {
      const { fast, scan } = bothWays(spec, 1000, 640, 1280, coarser);
      expect(fast).toEqual(scan);
    }
  });

  it('agrees with the pass over every event when the events crowd the edges of the view', () => {
    const nearEdge = fc.record({
      edge: fc.constantFrom(0, 1),
      offset: fc.integer({ min: -8, max: 8 }),
      minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
    });
    fc.assert(
      fc.property(
        fc.array(nearEdge, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 * 24 * 60 }),
        fc.integer({ min: 20, max: 24 * 60 }),
        fc.constantFrom(200, 640, 1280),
        fc.integer({ min: 0, max: 3 }),
        (edgeSpec, startMinute, spanMinutes, width, coarser) => {
          const spec = edgeSpec.map(({ edge, offset, minutes }) => ({
            at: Math.max(0, startMinute + edge * spanMinutes + offset),
            minutes,
          }));
          const { fast, scan } = bothWays(spec, startMinute, spanMinutes, width, coarser);
          expect(fast).toEqual(scan);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('sums a lane into the same stretches as a pass over every event in view', () => {
    fc.assert(
      fc.property(
        laneArb,
        fc.boolean(),
        fc.integer({ min: -12 * 60, max: 3 * 24 * 60 }),
        fc.integer({ min: 20, max: 4 * 24 * 60 }),
        fc.constantFrom(200, 640, 1280),
        fc.integer({ min: 0, max: 3 }),
        (spec, sorted, startMinute, spanMinutes, width, coarser) => {
          const ordered = sorted ? [...spec].sort((a, b) => a.at - b.at) : spec;
          const { fast, scan } = bothWays(ordered, startMinute, spanMinutes, width, coarser);
          expect(fast).toEqual(scan);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('looks at each stretch once, not at each event, when most of a large lane is in view', () => {
    // 20,000 events a minute apart, all but a few surely in view: the stretches are found by
    // binary search, and the events near the edges are the only ones looked at one by one.
    const events = laneOf(Array.from({ length: 20_000 }, (_, i) => ({ at: i, minutes: 0 })));
    const lane = buildMarkIndex(events).lanes.get('lane')!;
    const window = { start: day - HOUR, end: day + 20_000 * MINUTE + HOUR };
    const s = withDefaults({ width: 1280 });
    const pxPerMs = 1280 / (window.end - window.start);
    const binMs = 2 ** Math.ceil(Math.log2(80 / pxPerMs));
    let reads = 0;
    const counted = new Proxy(lane.starts, {
      get: (target, property) => {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const candidates = binCandidates(
      { ...lane, starts: counted },
      0,
      20_000,
      window,
      pxPerMs,
      binMs,
      s,
      measure,
    );
    expect(
      candidates.reduce((sum, c) => sum + (c.node.kind === 'cluster' ? c.node.ids.length : 1), 0),
    ).toBe(20_000);
    expect(reads).toBeLessThan(2_000);
  });
});
