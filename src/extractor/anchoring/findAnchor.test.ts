import { describe, expect, it } from 'vitest';
import { findAnchor, quoteSelector } from './findAnchor';

const text = 'On November 8 the first echelons left Ostrov. The general agreed. The general left.';

describe('findAnchor', () => {
  it('returns the span of a passage that occurs once', () => {
    const result = findAnchor(text, 'the first echelons left Ostrov');
    expect(result).toEqual({ ok: true, start: 14, end: 44 });
  });

  it('refuses a passage that occurs twice and says where', () => {
    const result = findAnchor(text, 'The general');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/occurs 2 times \(at 46, 66\)/);
  });

  it('names the nearest match when the passage is not in the text', () => {
    const result = findAnchor(text, 'the first échelons left Ostrov');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('nearest match at 14');
      expect(result.reason).toContain(
        'the text reads "echelons lef" where the anchor has "échelons lef"',
      );
    }
  });
});

describe('quoteSelector', () => {
  it('keeps up to 32 characters of context on each side', () => {
    const selector = quoteSelector(text, 14, 44);
    expect(selector.exact).toBe('the first echelons left Ostrov');
    expect(selector.prefix).toBe('On November 8 ');
    expect(selector.suffix).toBe('. The general agreed. The genera');
  });
});
