/**
 * Decodes a source page's bytes as UTF-8 and refuses anything else with a
 * message that says how to convert it: a Latin-1 or UTF-16 page decoded as
 * UTF-8 would silently garble every accented letter the OCR corrections expect.
 */
export function decodeSourceText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    throw encodingError(file, 'UTF-16 (little-endian)', 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    throw encodingError(file, 'UTF-16 (big-endian)', 'UTF-16BE');
  if (looksLikeUtf16WithoutBom(bytes))
    throw encodingError(file, 'UTF-16 without a byte-order mark', 'UTF-16LE');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    throw new Error(
      `${file}: not UTF-8 (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}); probably Latin-1 or Windows-1252: convert it with \`iconv -f WINDOWS-1252 -t UTF-8 "${file}" > page.utf8.txt\``,
    );
  }
  if (text.includes('\u0000'))
    throw new Error(`${file}: contains NUL characters; is it a binary file?`);
  // A byte-order mark is not part of the text; offsets must not count it.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** One decoder for every file: a call without `stream` starts afresh, and a book has a thousand files. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function encodingError(file: string, what: string, iconvName: string): Error {
  return new Error(
    `${file}: the page is ${what}, not UTF-8; convert it with \`iconv -f ${iconvName} -t UTF-8 "${file}" > page.utf8.txt\``,
  );
}

/** ASCII text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 400);
  if (sample < 4) return false;
  let oddNuls = 0;
  let evenNuls = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2) oddNuls++;
      else evenNuls++;
    }
  }
  return Math.max(oddNuls, evenNuls) > sample / 4;
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that is valid UTF-8 so far, allowing a sequence cut at its end.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (decodes(mid, true)) low = mid;
    else high = mid - 1;
  }
  if (decodes(low, false)) return low;
  // The prefix ends inside a multi-byte sequence that the next byte breaks: blame its lead byte.
  let lead = low - 1;
  while (lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  return lead;
}
