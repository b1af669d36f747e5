import { describe, expect, it } from 'vitest';
import { BASIS_LABELS, describePrecision } from './dateWords';

describe('describePrecision', () => {
  it('names the precision alone for a firm date', () => {
    expect(describePrecision({ precision: 'minute', approximate: false, uncertain: false })).toBe(
      'Known to the minute',
    );
  });

  it('adds approximate and uncertain when the EDTF marks them', () => {
    expect(describePrecision({ precision: 'day', approximate: true, uncertain: true })).toBe(
      'Known to the day, approximate, uncertain',
    );
  });
});

describe('BASIS_LABELS', () => {
  it('words each basis as the details panel shows it', () => {
    expect(BASIS_LABELS.stated.label).toBe('Stated in the text');
    expect(BASIS_LABELS.narrative.label).toBe('Follows from the narrative');
    expect(BASIS_LABELS.historical.label).toBe('Historical record');
  });
});
