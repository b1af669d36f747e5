import { describe, expect, it } from 'vitest';
import { showValue } from './showValue';

describe('showValue', () => {
  it('shows text quoted and shortened, and other values by kind', () => {
    expect(showValue('1917-13-45')).toBe('"1917-13-45"');
    expect(showValue('a'.repeat(100))).toBe(`"${'a'.repeat(60)}…"`);
    expect(showValue(5)).toBe('the number 5');
    expect(showValue([1, 2])).toBe('a list of 2');
    expect(showValue({})).toBe('an object');
    expect(showValue(null)).toBe('null');
  });

  it('never cuts an emoji or other character outside the BMP in half', () => {
    expect(showValue('🏳️‍🌈'.repeat(40))).not.toMatch(/[\uD800-\uDBFF]…/);
  });
});
