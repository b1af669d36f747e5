import { describe, expect, it } from 'vitest';
import { decodeSourceText } from './readSourceText';

const encoder = new TextEncoder();

describe('decodeSourceText', () => {
  it('decodes UTF-8 text as it is', () => {
    expect(decodeSourceText(encoder.encode('gênerai échelons — ok'), 'p.txt')).toBe(
      'gênerai échelons — ok',
    );
  });

  it('drops a UTF-8 byte-order mark so offsets start at the first letter', () => {
    expect(decodeSourceText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'p.txt')).toBe('A');
  });

  it('refuses Latin-1 with the offset of the first bad byte and how to convert', () => {
    const latin1 = new Uint8Array([0x67, 0xea, 0x6e, 0x65, 0x72, 0x61, 0x69]); // "gênerai" in Latin-1
    expect(() => decodeSourceText(latin1, 'pages/377.txt')).toThrow(
      /pages\/377\.txt: not UTF-8 \(invalid byte 0xea at offset 1\).*iconv -f WINDOWS-1252 -t UTF-8/,
    );
  });

  it('refuses UTF-16 with or without a byte-order mark', () => {
    const utf16 = new Uint8Array([...'Stormy Passage'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(() => decodeSourceText(new Uint8Array([0xff, 0xfe, ...utf16]), 'p.txt')).toThrow(
      /UTF-16 \(little-endian\).*iconv -f UTF-16LE/,
    );
    expect(() => decodeSourceText(utf16, 'p.txt')).toThrow(/UTF-16 without a byte-order mark/);
  });
});
