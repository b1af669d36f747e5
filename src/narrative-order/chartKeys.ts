/**
 * What the keys do in the slope chart, one tab stop for both columns (a roving
 * tabindex): ↑ ↓ walk the column the focus is in, Home and End go to its ends, ← and →
 * cross to the same event in the other column, so a reader can follow a line from
 * where an event is told to where it happened. Enter and Space are the buttons' own.
 */
import type { NarrativeOrder } from './narrativeOrder';

/** A column: the events as told on the page, or in time order. */
export type Side = 'told' | 'time';

/** Where the focus is: a column and the row in it, from 0. */
export interface ChartSpot {
  side: Side;
  row: number;
}

/**
 * Where `key` takes the focus from `at`, or null for a key the chart leaves to the
 * browser. A move past either end stays where it is.
 */
export function moveInChart(key: string, at: ChartSpot, order: NarrativeOrder): ChartSpot | null {
  const last = order.byTime.length - 1;
  const column = at.side === 'told' ? order.byTelling : order.byTime;
  const event = column[at.row];
  if (!event) return null;
  switch (key) {
    case 'ArrowUp':
      return { side: at.side, row: Math.max(0, at.row - 1) };
    case 'ArrowDown':
      return { side: at.side, row: Math.min(last, at.row + 1) };
    case 'Home':
      return { side: at.side, row: 0 };
    case 'End':
      return { side: at.side, row: last };
    case 'ArrowLeft':
      return { side: 'told', row: event.told };
    case 'ArrowRight':
      return { side: 'time', row: event.time };
    default:
      return null;
  }
}
