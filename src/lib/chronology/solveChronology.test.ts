import { describe, expect, it } from 'vitest';
import type { DateShape, RelationKind } from '../events/types';
import { solveChronology, type ChronologyEvent, type MinuteWindow } from './solveChronology';

/** Minutes on the floating axis of `1917-11-DDTHH:MM`. */
const at = (iso: string) =>
  Date.UTC(1917, 10, Number(iso.slice(0, 2)), Number(iso.slice(3, 5)), Number(iso.slice(6, 8))) /
  60_000;
const iso = (minutes: number) =>
  new Date(minutes * 60_000).toISOString().slice(8, 16).replace('T', ' ');

/** A moment between two times, or (a span) starting and ending between them. */
function event(
  id: string,
  shape: DateShape,
  from: string,
  to: string,
  relations: [RelationKind, string][] = [],
): ChronologyEvent {
  const bounds = { earliest: at(from), latest: at(to) };
  const own: MinuteWindow = { start: bounds, end: bounds };
  return { id, shape, own, relations: relations.map(([kind, other]) => ({ kind, event: other })) };
}

const dayOf = (day: string) => [`${day} 00:00`, `${day} 23:59`] as const;

describe('solveChronology', () => {
  it("refuses the issue's chain: a telegram of 9 November before an event of some day in November, before the Congress opened at 22:40 on 7 November", () => {
    const solution = solveChronology([
      event('congress-opens', 'instant', '07 22:40', '07 22:40'),
      event('some-day-in-november', 'instant', '01 00:00', '30 23:59', [
        ['before', 'congress-opens'],
      ]),
      event('krasnov-telegram', 'instant', ...dayOf('09'), [['before', 'some-day-in-november']]),
    ]);
    expect(solution.consistent).toBe(false);
    if (solution.consistent) return;
    expect(solution.contradictions).toHaveLength(1);
    const [contradiction] = solution.contradictions;
    expect(contradiction!.lower).toMatchObject({
      event: 'krasnov-telegram',
      bound: 'start.earliest',
    });
    expect(iso(contradiction!.lower.value)).toBe('09 00:00');
    expect(contradiction!.chain.map(({ from, kind, to }) => `${from} ${kind} ${to}`)).toEqual([
      'krasnov-telegram before some-day-in-november',
      'some-day-in-november before congress-opens',
    ]);
    expect(contradiction!.upper).toMatchObject({ event: 'congress-opens', bound: 'start.latest' });
    expect(iso(contradiction!.upper.value)).toBe('07 22:40');
  });

  it('accepts the same chain when no pair of dates forbids it, but moves every bound it binds', () => {
    const solution = solveChronology([
      event('congress-opens', 'instant', '07 22:40', '07 22:40'),
      event('some-day-in-november', 'instant', '01 00:00', '30 23:59', [
        ['before', 'congress-opens'],
      ]),
      event('a-telegram', 'instant', '01 00:00', '30 23:59', [['before', 'some-day-in-november']]),
    ]);
    expect(solution.consistent).toBe(true);
    if (!solution.consistent) return;
    expect(iso(solution.windows.get('a-telegram')!.start.latest)).toBe('07 22:40');
    expect(solution.tightenings.get('a-telegram')).toEqual([
      {
        bound: 'start.latest',
        value: at('07 22:40'),
        origin: { event: 'congress-opens', bound: 'start.latest' },
        // From the origin to the event it binds.
        chain: [
          { from: 'some-day-in-november', kind: 'before', to: 'congress-opens', index: 0 },
          { from: 'a-telegram', kind: 'before', to: 'some-day-in-november', index: 0 },
        ],
      },
    ]);
  });

  it('starts an "after" no earlier than the end of what it follows', () => {
    const solution = solveChronology([
      event('congress-opens', 'instant', '07 22:40', '07 22:40'),
      event('both-sides-call-on-army', 'span', '07 00:00', '08 23:59', [
        ['after', 'congress-opens'],
      ]),
    ]);
    if (!solution.consistent) throw new Error('inconsistent');
    const call = solution.windows.get('both-sides-call-on-army')!;
    expect(iso(call.start.earliest)).toBe('07 22:40');
    // A span's end follows its start.
    expect(iso(call.end.earliest)).toBe('07 22:40');
    expect(solution.tightenings.get('both-sides-call-on-army')!.map((t) => t.bound)).toEqual([
      'start.earliest',
      'end.earliest',
    ]);
  });

  it('puts a report no earlier than the start of what it reports', () => {
    const solution = solveChronology([
      event('gatchina-occupied', 'span', '09 06:00', '09 12:00'),
      event('krasnov-telegram', 'instant', ...dayOf('09'), [['reports', 'gatchina-occupied']]),
    ]);
    if (!solution.consistent) throw new Error('inconsistent');
    expect(iso(solution.windows.get('krasnov-telegram')!.start.earliest)).toBe('09 06:00');
    // A report says nothing of when what it reports ended.
    expect(iso(solution.windows.get('gatchina-occupied')!.end.latest)).toBe('09 12:00');
  });

  it('keeps a part within its whole, and the whole around its part', () => {
    const solution = solveChronology([
      event('session', 'span', '07 22:00', '08 06:00'),
      event('vote', 'instant', '07 00:00', '08 23:59', [['part-of', 'session']]),
    ]);
    if (!solution.consistent) throw new Error('inconsistent');
    const vote = solution.windows.get('vote')!;
    expect([iso(vote.start.earliest), iso(vote.start.latest)]).toEqual(['07 22:00', '08 06:00']);
  });

  it('names every separate contradiction, one each', () => {
    const solution = solveChronology([
      event('a', 'instant', ...dayOf('09')),
      event('b', 'instant', ...dayOf('08'), [['after', 'a']]),
      event('c', 'instant', ...dayOf('12')),
      event('d', 'span', '10 00:00', '11 00:00', [['during', 'c']]),
    ]);
    expect(solution.consistent).toBe(false);
    if (solution.consistent) return;
    expect(
      solution.contradictions
        .map((c) => c.chain.map((link) => `${link.from} ${link.kind} ${link.to}`).join(', '))
        .sort(),
    ).toEqual(['b after a', 'd during c']);
  });

  it('skips a relation to an unknown event', () => {
    const solution = solveChronology([
      event('a', 'instant', ...dayOf('09'), [['after', 'nobody']]),
    ]);
    expect(solution.consistent).toBe(true);
  });
});
