import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../lib/events/fixtures/sampleEvents';
import type { TimelineEvent } from '../lib/events/types';
import { countInversions, crossingsOf, longestIncreasingRun, placeEvents } from './narrativeOrder';

/** An event told at `start` on `source`, the rest of it irrelevant here. */
function told(id: string, start: number, source = 'p376'): TimelineEvent {
  return {
    id,
    title: id,
    anchor: { source, position: { start, end: start + 10 } },
  } as TimelineEvent;
}

describe('placeEvents', () => {
  const order = placeEvents(sampleFile.events, sampleFile.sources);

  it('puts the events in the order of their passages, and keeps them in time order too', () => {
    expect(order.byTelling.map((e) => e.id)).toEqual([
      'winter-palace-stormed',
      'congress-opens',
      'government-deposed',
      'sovnarkom-appointed',
      'krasnov-briefed',
      'echelons-leave-ostrov',
      'kerensky-joins',
      'delegates-offer-support',
      'krasnov-telegram',
      'gatchina-reached',
    ]);
    expect(order.byTime.map((e) => e.id)).toEqual(sampleFile.events.map((e) => e.id));
  });

  it('finds the Council of People’s Commissars told ahead of four events that happened before it', () => {
    const council = order.byTime.find((e) => e.id === 'sovnarkom-appointed')!;
    expect(council).toMatchObject({
      told: 3,
      time: 7,
      inOrder: false,
      laterToldBefore: 0,
      earlierToldAfter: 4,
    });
    // Gatchina's occupation is told after the telegram that reports it, and happened before it.
    expect(order.byTime.filter((e) => !e.inOrder).map((e) => e.id)).toEqual([
      'sovnarkom-appointed',
      'gatchina-reached',
    ]);
    expect(order.crossings).toBe(5);
    expect(crossingsOf(order, 'sovnarkom-appointed').map((e) => e.id)).toEqual([
      'krasnov-briefed',
      'echelons-leave-ostrov',
      'kerensky-joins',
      'delegates-offer-support',
    ]);
    expect(crossingsOf(order, 'echelons-leave-ostrov').map((e) => e.id)).toEqual([
      'sovnarkom-appointed',
    ]);
  });

  it('does not re-sort by date: the order given is the time order', () => {
    const reversed = [...sampleFile.events].reverse();
    const again = placeEvents(reversed, sampleFile.sources);
    expect(again.byTime.map((e) => e.id)).toEqual(reversed.map((e) => e.id));
    expect(again.byTelling.map((e) => e.id)).toEqual(order.byTelling.map((e) => e.id));
  });

  it('reads the pages in the order of the sources, then by position, then in time order', () => {
    const events = [
      told('a', 50, 'p377'),
      told('b', 900, 'p376'),
      told('c', 50, 'p376'),
      told('d', 50, 'p376'),
    ];
    const placed = placeEvents(events, [{ id: 'p376' }, { id: 'p377' }]);
    expect(placed.byTelling.map((e) => e.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('reads a page the sources lack after those they have', () => {
    const placed = placeEvents([told('x', 0, 'elsewhere'), told('y', 500)], [{ id: 'p376' }]);
    expect(placed.byTelling.map((e) => e.id)).toEqual(['y', 'x']);
  });

  it('finds nothing out of order in a page told as it happened, or with one event, or none', () => {
    for (const events of [[], [told('a', 0)], [told('a', 0), told('b', 5), told('c', 9)]]) {
      const placed = placeEvents(events, [{ id: 'p376' }]);
      expect(placed.crossings).toBe(0);
      expect(placed.byTime.every((e) => e.inOrder)).toBe(true);
    }
  });
});

/** Every pair told in the other order than it happened, counted one by one. */
function bruteCrossings(times: number[]): number {
  let count = 0;
  for (let i = 0; i < times.length; i++)
    for (let j = i + 1; j < times.length; j++) if (times[i]! > times[j]!) count++;
  return count;
}

/**
 * The longest increasing run's length and, of the runs that long, the least total
 * distance of their entries from their places (|index − value|), by trying every
 * subset (small inputs only).
 */
function bruteLongestRun(values: number[]): { length: number; cost: number } {
  let best = { length: 0, cost: 0 };
  for (let mask = 0; mask < 1 << values.length; mask++) {
    const kept = values.map((v, i) => [v, i] as const).filter((_, i) => mask & (1 << i));
    if (!kept.every(([v], i) => i === 0 || kept[i - 1]![0] < v)) continue;
    const cost = kept.reduce((sum, [v, i]) => sum + Math.abs(v - i), 0);
    if (kept.length > best.length || (kept.length === best.length && cost < best.cost))
      best = { length: kept.length, cost };
  }
  return best;
}

const permutation = (max: number) =>
  fc
    .array(fc.double({ noNaN: true }), { maxLength: max })
    .map((keys) => keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]))
    .map((pairs) => pairs.map(([, i]) => i));

describe('countInversions', () => {
  it('counts, per entry, the larger ones before it and the smaller ones after it', () => {
    expect(countInversions([0, 1, 2, 7, 3, 4, 5, 6, 8, 9])).toEqual({
      before: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0],
      after: [0, 0, 0, 4, 0, 0, 0, 0, 0, 0],
    });
  });

  it('adds up to every crossing pair, from either side, as brute force counts them', () => {
    fc.assert(
      fc.property(permutation(40), (times) => {
        const { before, after } = countInversions(times);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(sum(before)).toBe(bruteCrossings(times));
        expect(sum(after)).toBe(bruteCrossings(times));
        times.forEach((t, i) => {
          expect(before[i]).toBe(times.slice(0, i).filter((u) => u > t).length);
          expect(after[i]).toBe(times.slice(i + 1).filter((u) => u < t).length);
        });
      }),
    );
  });
});

describe('longestIncreasingRun', () => {
  it('marks a run in increasing order as long as any, and of those the nearest, as brute force finds it', () => {
    fc.assert(
      fc.property(permutation(12), (values) => {
        const onRun = longestIncreasingRun(values);
        const run = values.filter((_, i) => onRun[i]);
        expect(run.every((v, i) => i === 0 || run[i - 1]! < v)).toBe(true);
        const cost = values.reduce((sum, v, i) => sum + (onRun[i] ? Math.abs(v - i) : 0), 0);
        expect({ length: run.length, cost }).toEqual(bruteLongestRun(values));
      }),
    );
  });

  it('keeps the event told first when two are told the wrong way round', () => {
    expect(longestIncreasingRun([1, 0])).toEqual([true, false]);
    expect(longestIncreasingRun([0, 2, 1, 3])).toEqual([true, true, false, true]);
  });

  it('of equally long runs, keeps the events told nearest their place in time', () => {
    // Told b, x, a for a, x, b: x is told where it happened; the two ends swap round it.
    expect(longestIncreasingRun([2, 1, 0])).toEqual([false, true, false]);
    // One told far ahead (3) and three in order: the three stay, not the far one.
    expect(longestIncreasingRun([3, 0, 1, 2])).toEqual([false, true, true, true]);
  });

  it('sets aside the one event told far from its time rather than the many it passes', () => {
    // The Council told fourth, before four events that happened earlier.
    expect(longestIncreasingRun([0, 1, 2, 7, 3, 4, 5, 6, 8, 9])).toEqual([
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});
