import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../lib/events/fixtures/sampleEvents';
import type { TimelineEvent } from '../lib/events/types';
import { describeOrder, MAX_NAMED, ordinal, placeName } from './describeOrder';
import { placeEvents } from './narrativeOrder';

const told = (id: string, start: number) =>
  ({
    id,
    title: id,
    anchor: { source: 'p', position: { start, end: start + 1 } },
  }) as TimelineEvent;
const order = (events: TimelineEvent[]) => placeEvents(events, [{ id: 'p' }]);

describe('ordinal', () => {
  it('writes English ordinals, the teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
});

describe('placeName', () => {
  it('gives the title, then both places, the column’s own first', () => {
    const council = placeEvents(sampleFile.events, sampleFile.sources).byTime.find(
      (e) => e.id === 'sovnarkom-appointed',
    )!;
    expect(placeName(council, 'told')).toBe(
      "Council of People's Commissars appointed, 4th told, 8th in time",
    );
    expect(placeName(council, 'time')).toBe(
      "Council of People's Commissars appointed, 8th in time, 4th told",
    );
  });
});

describe('describeOrder', () => {
  it('names the events told out of time order, and how far, in the sample of page 376', () => {
    expect(describeOrder(placeEvents(sampleFile.events, sampleFile.sources))).toEqual([
      'The page tells 8 of these 10 events in the order they happened; 2 are told out of that order.',
      "“Council of People's Commissars appointed” is told 4th but happened 8th, ahead of 4 events that happened before it.",
      '“The head echelons reach Gatchina” is told 10th but happened 9th, after 1 event that happened later.',
      'Each crossing of two lines is a pair of events told the other way round from how they happened: 5 pairs in all.',
    ]);
  });

  it('says when an event is told after later ones, and when both happen', () => {
    // Told: b, c, a, d; happened: a, b, c, d. "a" is told after two later events.
    const flashback = order([told('a', 30), told('b', 10), told('c', 20), told('d', 40)]);
    expect(describeOrder(flashback)[1]).toBe(
      '“a” is told 3rd but happened 1st, after 2 events that happened later.',
    );
    // Told: b, x, a; happened: a, x, b — "x" stays, "b" and "a" swap around it.
    const both = order([told('a', 30), told('x', 20), told('b', 10)]);
    expect(describeOrder(both)).toEqual([
      'The page tells 1 of these 3 events in the order they happened; 2 are told out of that order.',
      '“b” is told 1st but happened 3rd, ahead of 2 events that happened before it.',
      '“a” is told 3rd but happened 1st, after 2 events that happened later.',
      'Each crossing of two lines is a pair of events told the other way round from how they happened: 3 pairs in all.',
    ]);
    const middle = order([told('a', 20), told('m', 30), told('b', 10)]);
    // Told b, a, m; happened a, m, b: b (told 1st, 3rd in time) passes both.
    expect(describeOrder(middle)[1]).toBe(
      '“b” is told 1st but happened 3rd, ahead of 2 events that happened before it.',
    );
  });

  it('names at most five events told out of order, those crossing most lines, in the order told', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 30 }),
        (starts) => {
          const placed = order(starts.map((start, time) => told(`e${time}`, start)));
          const sentences = describeOrder(placed);
          const out = placed.byTelling.filter((e) => !e.inOrder);
          const named = out.filter((e) => sentences.some((s) => s.startsWith(`“${e.id}” is told`)));
          expect(named).toHaveLength(Math.min(out.length, MAX_NAMED));
          // Sentences in the order the events are told.
          const at = named.map((e) => sentences.findIndex((s) => s.startsWith(`“${e.id}”`)));
          expect(at).toEqual([...at].sort((a, b) => a - b));
          const crossed = (e: (typeof out)[number]) => e.laterToldBefore + e.earlierToldAfter;
          const unnamed = out.filter((e) => !named.includes(e));
          for (const e of unnamed)
            expect(crossed(e)).toBeLessThanOrEqual(Math.min(...named.map(crossed)));
          const rest = sentences.find((s) => /more (is|are) told out of order/.test(s));
          if (unnamed.length === 0) expect(rest).toBeUndefined();
          else expect(rest).toMatch(new RegExp(`^${unnamed.length} more `));
        },
      ),
    );
  });

  it('counts the rest when more than five are told out of order', () => {
    // Twelve events told in the reverse of their order: only one can stay.
    const reversed = order(Array.from({ length: 12 }, (_, time) => told(`e${time}`, 100 - time)));
    expect(describeOrder(reversed).at(-2)).toBe(
      '6 more are told out of order, each crossing no more lines than those named.',
    );
  });

  it('says so when the page tells everything in time order, or there is nothing to compare', () => {
    expect(describeOrder(order([told('a', 1), told('b', 2)]))).toEqual([
      'The page tells all 2 events in the order they happened: no lines cross.',
    ]);
    expect(describeOrder(order([told('a', 1)]))).toEqual([
      'Only one event is shown, so there is no order to compare.',
    ]);
    expect(describeOrder(order([]))).toEqual([
      'No events are shown, so there is no order to compare.',
    ]);
  });
});
