import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFloating, readMinuteIso } from './eventSpan';
import { parseFloating } from '../time/floating';

const two = (n: number) => String(n).padStart(2, '0');

describe('readMinuteIso', () => {
  it('reads a YYYY-MM-DDTHH:MM as parseFloating does, and gives NaN where parseFloating throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        (year, month, day, hour, minute) => {
          const iso = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
          let expected: number;
          try {
            expected = parseFloating(iso);
          } catch {
            expected = NaN;
          }
          expect(readMinuteIso(iso)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves every other form to parseFloating', () => {
    for (const iso of ['1917-11-07', '1917-11-07T22:40:00', '1917-11-7T22:40', '1917-11-07 22:40'])
      expect(readMinuteIso(iso)).toBeNaN();
    expect(readFloating('1917-11-07T22:40:00')).toBe(Date.UTC(1917, 10, 7, 22, 40));
    expect(() => readFloating('1917-02-30T10:00')).toThrow(/February/);
  });
});
