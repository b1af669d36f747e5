import { describe, expect, it } from 'vitest';
import { isWhitespace } from './whitespace';

describe('isWhitespace', () => {
  it('agrees with the regular expression \\s on every UTF-16 code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/u.test(String.fromCharCode(code)))
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});
