import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprintOf } from './fingerprint';

describe('fingerprintOf', () => {
  it('tells the bundled file from one edited in one character or one longer by a space', () => {
    const file = JSON.stringify({ formatVersion: 1, events: [{ id: 'gatchina-occupied' }] });
    expect(fingerprintOf(file.replace('gatchina', 'gatchinb'))).not.toBe(fingerprintOf(file));
    expect(fingerprintOf(`${file} `)).not.toBe(fingerprintOf(file));
    expect(fingerprintOf(JSON.parse(JSON.stringify(file)))).toBe(fingerprintOf(file));
  });

  it('changes with any one character of any text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (text, at, c) => {
          const i = at % text.length;
          fc.pre(text[i] !== c);
          const changed = text.slice(0, i) + c + text.slice(i + 1);
          return fingerprintOf(changed) !== fingerprintOf(text);
        },
      ),
    );
  });
});
