import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from './dayKey';

describe('dayKey', () => {
  it('writes a day as date-fns formats it, for any year the tagger may read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          expect(dayKey(year, month, day)).toBe(
            format(new UTCDate(year, month - 1, day), 'yyyy-MM-dd'),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes the narrative days with four-digit years and two-digit months and days', () => {
    expect(dayKey(1917, 11, 8)).toBe('1917-11-08');
    expect(dayKey(1918, 2, 14)).toBe('1918-02-14');
  });
});
