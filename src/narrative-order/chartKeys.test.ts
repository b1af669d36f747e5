import { describe, expect, it } from 'vitest';
import { sampleFile } from '../lib/events/fixtures/sampleEvents';
import { moveInChart, type ChartSpot } from './chartKeys';
import { placeEvents } from './narrativeOrder';

const order = placeEvents(sampleFile.events, sampleFile.sources);
const idAt = (spot: ChartSpot | null) =>
  spot && (spot.side === 'told' ? order.byTelling : order.byTime)[spot.row]!.id;

describe('moveInChart', () => {
  it('walks the column in its own order with the up and down arrows', () => {
    // As told, the Council comes after the deposition; in time, after the delegates.
    const council: ChartSpot = { side: 'told', row: 3 };
    expect(idAt(council)).toBe('sovnarkom-appointed');
    expect(idAt(moveInChart('ArrowUp', council, order))).toBe('government-deposed');
    expect(idAt(moveInChart('ArrowDown', council, order))).toBe('krasnov-briefed');
    const inTime: ChartSpot = { side: 'time', row: 7 };
    expect(idAt(inTime)).toBe('sovnarkom-appointed');
    expect(idAt(moveInChart('ArrowUp', inTime, order))).toBe('delegates-offer-support');
  });

  it('crosses to the same event in the other column with the left and right arrows', () => {
    const told: ChartSpot = { side: 'told', row: 3 };
    const across = moveInChart('ArrowRight', told, order);
    expect(across).toEqual({ side: 'time', row: 7 });
    expect(moveInChart('ArrowLeft', across!, order)).toEqual(told);
    // Already on the left, left stays.
    expect(moveInChart('ArrowLeft', told, order)).toEqual(told);
  });

  it('goes to the ends with Home and End, and stops there', () => {
    const at: ChartSpot = { side: 'time', row: 4 };
    expect(moveInChart('Home', at, order)).toEqual({ side: 'time', row: 0 });
    expect(moveInChart('End', at, order)).toEqual({ side: 'time', row: 9 });
    expect(moveInChart('ArrowDown', { side: 'time', row: 9 }, order)).toEqual({
      side: 'time',
      row: 9,
    });
    expect(moveInChart('ArrowUp', { side: 'told', row: 0 }, order)).toEqual({
      side: 'told',
      row: 0,
    });
  });

  it('leaves other keys, Tab and Enter among them, to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'PageDown'])
      expect(moveInChart(key, { side: 'told', row: 0 }, order)).toBeNull();
  });
});
