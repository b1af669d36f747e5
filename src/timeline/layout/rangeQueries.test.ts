import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RangeMax, RangeMin } from './rangeQueries';

describe('RangeMax and RangeMin', () => {
  it('give the largest and smallest value of any run, as a pass over it would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (values, a, b) => {
          const from = a % (values.length + 1);
          const to = from + (b % (values.length + 1 - from));
          const run = values.slice(from, to);
          expect(new RangeMax(values).over(from, to)).toBe(Math.max(...run));
          expect(new RangeMin(values).over(from, to)).toBe(Math.min(...run));
        },
      ),
    );
  });

  it('say -Infinity and Infinity for an empty run', () => {
    expect(new RangeMax([3, 1]).over(1, 1)).toBe(-Infinity);
    expect(new RangeMin([]).over(0, 0)).toBe(Infinity);
  });
});
