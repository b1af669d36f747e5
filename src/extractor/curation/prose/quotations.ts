/**
 * The curator's own words of a prose text, apart from what it quotes. A quotation is
 * the text between straight double quotes ("…"), curly ones (“…”) or guillemets
 * («…»): a source's words, verbatim, which keep their own dates ("At 2:10 at night",
 * "[27 Oct/9 Nov 1917 – 21 Jan 1924]"). Single quotes are not quotations here: they
 * are apostrophes too often, and the curation quotes with double quotes.
 */

const CLOSER: Record<string, string> = { '"': '"', '“': '”', '«': '»' };
const STRAY_CLOSERS = new Set(['”', '»']);

/** Replaces with this what is not to be read, keeping every offset. Neither letter nor digit. */
export const MASK = '\uFFFC';

export interface QuotationRange {
  /** The opening quotation mark. */
  open: number;
  /** The closing quotation mark. */
  close: number;
}

export interface Quotations {
  ranges: QuotationRange[];
  /** Unpaired quotation marks, in words naming where they are. */
  problems: string[];
}

/** A few words from `index` on, to point the curator at a place in the text. */
function wordsFrom(text: string, index: number): string {
  const words = text.slice(index).split(/\s+/).slice(0, 4).join(' ');
  return words.length < text.length - index ? `${words} …` : words;
}

/** The quotations of a text, in order. An unclosed one runs to the end and is a problem. */
export function findQuotations(text: string): Quotations {
  if (!/["“”«»]/.test(text)) return { ranges: [], problems: [] };
  const ranges: QuotationRange[] = [];
  const problems: string[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (open === null) {
      if (char in CLOSER) open = i;
      else if (STRAY_CLOSERS.has(char)) {
        problems.push(
          `the quotation mark ${char} before the words ${wordsFrom(text, i + 1)} closes no quotation`,
        );
      }
    } else if (char === CLOSER[text[open]!]) {
      ranges.push({ open, close: i });
      open = null;
    }
  }
  if (open !== null) {
    problems.push(
      `the quotation that begins with the words ${wordsFrom(text, open + 1)} is never closed: end it with ${CLOSER[text[open]!]}`,
    );
    ranges.push({ open, close: text.length });
  }
  return { ranges, problems };
}

/** `text` with `[start, end)` replaced by the mask, every offset kept. */
export function masked(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of ranges) {
    out = out.slice(0, start) + MASK.repeat(end - start) + out.slice(end);
  }
  return out;
}
