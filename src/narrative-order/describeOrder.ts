/**
 * The narrator's order in words: the chart's caption, and each event's accessible
 * name with both of its places. Pure.
 */
import type { NarrativeOrder, PlacedEvent } from './narrativeOrder';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * An event's name in one column: its title, then its place in that column, then in the
 * other ("…, 3rd told, 5th in time"). What the row shows (the title and the ordinal
 * beside it) comes first and in the same order, so a voice user who says what they see
 * names the row.
 */
export function placeName(event: PlacedEvent, side: 'told' | 'time'): string {
  const told = `${ordinal(event.told + 1)} told`;
  const time = `${ordinal(event.time + 1)} in time`;
  return `${event.title}, ${side === 'told' ? `${told}, ${time}` : `${time}, ${told}`}`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "ahead of 11 events that happened before it", "after 6 that happened later", or both. */
function displacement(event: PlacedEvent): string {
  const parts = [
    event.earlierToldAfter > 0 &&
      `ahead of ${count(event.earlierToldAfter, 'event')} that happened before it`,
    event.laterToldBefore > 0 &&
      `after ${count(event.laterToldBefore, 'event')} that happened later`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.join(' and ');
}

/** The caption names this many events told out of order at most, the furthest from their time. */
export const MAX_NAMED = 5;

/** The facts the chart shows, as the sentences of its caption. */
export function describeOrder(order: NarrativeOrder): string[] {
  const total = order.byTime.length;
  if (total === 0) return ['No events are shown, so there is no order to compare.'];
  if (total === 1) return ['Only one event is shown, so there is no order to compare.'];
  if (order.crossings === 0)
    return [`The page tells all ${total} events in the order they happened: no lines cross.`];
  const out = order.byTelling.filter((event) => !event.inOrder);
  const crossed = (event: PlacedEvent) => event.laterToldBefore + event.earlierToldAfter;
  const furthest = new Set(
    [...out].sort((a, b) => crossed(b) - crossed(a) || a.told - b.told).slice(0, MAX_NAMED),
  );
  const named = out.filter((event) => furthest.has(event));
  const each = named.map(
    (event) =>
      `“${event.title}” is told ${ordinal(event.told + 1)} but happened ${ordinal(event.time + 1)}, ${displacement(event)}`,
  );
  return [
    `The page tells ${total - out.length} of these ${total} events in the order they happened; ${
      out.length === 1 ? 'one is' : `${out.length} are`
    } told out of that order.`,
    ...each.map((sentence) => `${sentence}.`),
    ...(out.length > named.length
      ? [
          `${out.length - named.length} more ${out.length - named.length === 1 ? 'is' : 'are'} told out of order, each crossing no more lines than those named.`,
        ]
      : []),
    `Each crossing of two lines is a pair of events told the other way round from how they happened: ${count(order.crossings, 'pair')} in all.`,
  ];
}
