import { describe, expect, it } from 'vitest';
import { dayLabels } from './calendarLabels';

const morningOf8Nov = Date.UTC(1917, 10, 8, 6);
const eveningOf8Nov = Date.UTC(1917, 10, 8, 21, 30);

describe('dayLabels', () => {
  it('names the day in both calendars, the primary one first', () => {
    expect(dayLabels(morningOf8Nov, 'gregorian')).toEqual({
      primary: '8 Nov',
      secondary: '26 Oct O.S.',
      weekday: 'Thu',
      spoken: '8 November 1917 (26 October O.S.)',
    });
    expect(dayLabels(morningOf8Nov, 'julian')).toMatchObject({
      primary: '26 Oct O.S.',
      secondary: '8 Nov N.S.',
    });
  });

  it('gives any time of a day that day, asked again or in the other calendar', () => {
    expect(dayLabels(eveningOf8Nov, 'gregorian')).toEqual(dayLabels(morningOf8Nov, 'gregorian'));
    expect(dayLabels(eveningOf8Nov, 'julian').primary).toBe('26 Oct O.S.');
    expect(dayLabels(Date.UTC(1917, 10, 9), 'gregorian').primary).toBe('9 Nov');
    expect(dayLabels(Date.UTC(1917, 10, 8) - 1, 'gregorian').primary).toBe('7 Nov');
  });
});
