import { describe, expect, it } from 'vitest';
import { BASIS_LABELS } from './dateWords';

describe('BASIS_LABELS', () => {
  it('words each basis as the details panel shows it', () => {
    expect(BASIS_LABELS.stated.label).toBe('Stated in the text');
    expect(BASIS_LABELS.narrative.label).toBe('Follows from the narrative');
    expect(BASIS_LABELS.historical.label).toBe('Historical record');
  });
});
