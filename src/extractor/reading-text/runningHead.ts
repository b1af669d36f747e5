/**
 * A page's running head found by what it carries, the page number and the title,
 * rather than by a pattern per side: "376 STORMY PASSAGE" on an even page and
 * "Stormy Passage 377" on an odd one are both the head of their page, and so is
 * "S76 Stormv Passage" as the OCR may read it. Knowing the page number keeps it
 * from taking a line of text that only looks like a title.
 */

/** What OCR reads digits as; a character that is neither a digit nor one of these is unreadable. */
const DIGIT_LOOKALIKES: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  I: '1',
  l: '1',
  i: '1',
  '|': '1',
  '!': '1',
  Z: '2',
  z: '2',
  S: '5',
  s: '5',
  G: '6',
  b: '6',
  B: '8',
  g: '9',
};

/**
 * Whether `token` is the page number as OCR may have read it: each character the
 * digit or a look-alike of it, and at most one character unreadable (not a digit).
 * A wrong digit is never accepted: "378" is not the head of page 377.
 */
export function readsAsPageNumber(token: string, page: number): boolean {
  const clean = token.replace(/^[([{.,·•*—–-]+|[)\]}.,·•*—–-]+$/gu, '');
  const expected = String(page);
  if ([...clean].length !== expected.length) return false;
  let unreadable = 0;
  for (const [i, char] of [...clean].entries()) {
    const digit = DIGIT_LOOKALIKES[char] ?? char;
    if (digit === expected[i]) continue;
    if (/\d/u.test(digit)) return false;
    unreadable += 1;
  }
  return unreadable <= (expected.length >= 3 ? 1 : 0);
}

function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, for two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Uint32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The title, case and accents aside, with one slip in five letters allowed. */
export function readsAsTitle(text: string, title: string): boolean {
  const a = folded(text);
  const b = folded(title);
  if (a === '' || b === '') return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(b.length / 5));
}

/** Whether a trimmed line is page `page`'s running head: its number on either side of the title. */
export function isRunningHead(line: string, page: number, title: string): boolean {
  // Ornaments ("•", "—") between the number and the title are not words.
  const words = line
    .trim()
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}?]/u.test(word));
  if (words.length < 2) return false;
  return (
    (readsAsPageNumber(words[0]!, page) && readsAsTitle(words.slice(1).join(' '), title)) ||
    (readsAsPageNumber(words.at(-1)!, page) && readsAsTitle(words.slice(0, -1).join(' '), title))
  );
}
