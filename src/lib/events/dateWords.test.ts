import { describe, expect, it } from 'vitest';
import { BASIS_LABELS, describePrecision } from './dateWords';
import type { DateWindow } from './types';

const dayWindow = (first: string, last: string): DateWindow => ({
  start: { earliest: `${first}T00:00`, latest: `${last}T23:59` },
  end: { earliest: `${first}T00:00`, latest: `${last}T23:59` },
});
const firm = { approximate: false, uncertain: false, shape: 'instant' as const };

describe('describePrecision', () => {
  it('names the precision alone for a firm date', () => {
    const own = dayWindow('1917-11-07', '1917-11-07');
    expect(describePrecision({ ...firm, own, time: '22:40' })).toBe('Known to the minute');
    expect(describePrecision({ ...firm, own, partOfDay: 'evening' })).toBe(
      'Known to the part of the day',
    );
    expect(describePrecision({ ...firm, own })).toBe('Known to the day');
    expect(describePrecision({ ...firm, own: dayWindow('1917-11-07', '1917-11-08') })).toBe(
      'Known only to within a few days',
    );
  });

  it('adds approximate and uncertain when the EDTF marks them', () => {
    expect(
      describePrecision({
        ...firm,
        own: dayWindow('1917-11-08', '1917-11-08'),
        approximate: true,
        uncertain: true,
      }),
    ).toBe('Known to the day, approximate, uncertain');
  });
});

describe('BASIS_LABELS', () => {
  it('words each basis as the details panel shows it', () => {
    expect(BASIS_LABELS.stated.label).toBe('Stated in the text');
    expect(BASIS_LABELS.narrative.label).toBe('Follows from the narrative');
    expect(BASIS_LABELS.historical.label).toBe('Historical record');
  });
});
