/**
 * A work's pages as one continuous reading text, with each page's place in it kept,
 * so a passage can run over a page break (the Gatchina sentence goes on from p. 376
 * to p. 377) and be traced back to each page and its raw OCR. Each page's own reading
 * text is what `buildReadingText` makes of it alone; the pages are then joined as the
 * printed book reads: a word hyphenated over the break is joined, a sentence that
 * runs on gets a space, and a page that ends a sentence a paragraph break.
 */
import {
  readingTextBuilder,
  type OcrCorrection,
  type ReadingTextResult,
  type ReadingTextRules,
} from './buildReadingText';

export interface WorkPage {
  page: number;
  /** The raw OCR text of the page. */
  raw: string;
}

export interface PlacedPage {
  page: number;
  /** The page's own reading text and its map to the raw page. */
  reading: ReadingTextResult;
  /** Where the page's reading text starts in the work's text. */
  start: number;
  /** How much of the page's reading text the work's text holds: all of it, less a hyphen joined away at its end. */
  length: number;
}

export interface WorkReadingText {
  text: string;
  pages: PlacedPage[];
  /** Corrections that matched on no page of the work. */
  unusedCorrections: OcrCorrection[];
}

/** Where a sentence may end: a page ending in one of these ends a paragraph too. */
const SENTENCE_END = /[.!?…:;"”’)\]]$/u;
const WORD_BEFORE_HYPHEN = /([\p{L}\p{M}]+)-$/u;
const WORD_AT_START = /^(\p{Ll}[\p{L}\p{M}]*)/u;

/** Builds each page's reading text and joins them into the work's. Pages in the order given. */
export function buildWorkReadingText(
  pages: readonly WorkPage[],
  rules: ReadingTextRules,
): WorkReadingText {
  const build = readingTextBuilder(rules);
  const readings = pages.map(({ page, raw }) => ({ page, reading: build(raw, { page }) }));
  const joined = joinPageTexts(
    readings.map(({ reading }) => reading.text),
    keptPairsOf(rules),
  );
  const placed: PlacedPage[] = readings.map(({ page, reading }, i) => ({
    page,
    reading,
    ...joined.pages[i]!,
  }));
  const text = joined.text;
  // A correction no page used is one every page lists as unused.
  const unusedOn = new Map<OcrCorrection, number>();
  for (const { reading } of placed)
    for (const correction of reading.unusedCorrections)
      unusedOn.set(correction, (unusedOn.get(correction) ?? 0) + 1);
  return {
    text,
    pages: placed,
    unusedCorrections: (rules.corrections ?? []).filter(
      (correction) => (unusedOn.get(correction) ?? 0) === placed.length,
    ),
  };
}

/**
 * Page texts joined as the printed book reads, with where each starts in the whole and
 * how much of it the whole holds (less a hyphen joined away at its end).
 */
export function joinPageTexts(
  texts: readonly string[],
  keptPairs: ReadonlySet<string> = new Set(),
): { text: string; pages: { start: number; length: number }[] } {
  const pages: { start: number; length: number }[] = [];
  // Pieces joined once at the end: a string grown and trimmed page by page is copied
  // whole each time, and a book has hundreds of pages.
  const pieces: string[] = [];
  let length = 0;
  /** The last page with any text, and its piece: a blank page (a plate) joins nothing. */
  let last = -1;
  let lastPiece = -1;
  texts.forEach((text, i) => {
    if (last >= 0 && text !== '') {
      const placed = pages[last]!;
      // Only the end of the page before matters to the join (its last word and mark).
      const before = texts[last]!.slice(Math.max(0, placed.length - 80), placed.length);
      const join = joinPages(before, text.slice(0, 80), keptPairs);
      if (join.drop > 0) {
        placed.length -= join.drop;
        pieces[lastPiece] = texts[last]!.slice(0, placed.length);
        length -= join.drop;
      }
      pieces.push(join.between);
      length += join.between.length;
    }
    pages.push({ start: length, length: text.length });
    if (text !== '') {
      last = i;
      lastPiece = pieces.length;
    }
    pieces.push(text);
    length += text.length;
  });
  return { text: pieces.join(''), pages };
}

/** The word pairs a hyphen keeps together over a break: "all-russian" of "All-Russian". */
export function keptPairsOf(rules: Pick<ReadingTextRules, 'keepHyphenated'>): Set<string> {
  return new Set(
    (rules.keepHyphenated ?? []).flatMap((compound) => {
      const parts = compound.toLowerCase().split('-');
      return parts.slice(1).map((part, i) => `${parts[i]}-${part}`);
    }),
  );
}

/** How the end of one page meets the start of the next: characters dropped from the first, and what comes between. */
export function joinPages(
  before: string,
  after: string,
  keptPairs: ReadonlySet<string> = new Set(),
): { drop: number; between: string } {
  const left = WORD_BEFORE_HYPHEN.exec(before)?.[1];
  const right = WORD_AT_START.exec(after)?.[1];
  if (left !== undefined && right !== undefined) {
    // "pa-" then "triotic": one word, as within a page, unless it is a kept compound.
    return keptPairs.has(`${left}-${right}`.toLowerCase())
      ? { drop: 0, between: '' }
      : { drop: 1, between: '' };
  }
  return SENTENCE_END.test(before) ? { drop: 0, between: '\n\n' } : { drop: 0, between: ' ' };
}

/** The page (by index) whose text holds offset `at` of the work's text; between pages, the next. */
export function pageIndexAt(work: WorkReadingText, at: number): number {
  let low = 0;
  let high = work.pages.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (work.pages[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  const page = work.pages[low];
  // Offsets in the join after a page belong to the next page.
  return page && at >= page.start + page.length && low + 1 < work.pages.length ? low + 1 : low;
}

/** The pieces of `[start, end)` of the work's text on each page it runs over, in that page's own offsets. */
export function piecesOf(
  work: WorkReadingText,
  start: number,
  end: number,
): { index: number; start: number; end: number }[] {
  const pieces: { index: number; start: number; end: number }[] = [];
  for (let index = pageIndexAt(work, start); index < work.pages.length; index++) {
    const page = work.pages[index]!;
    if (page.start >= end) break;
    const from = Math.max(start, page.start);
    const to = Math.min(end, page.start + page.length);
    if (to > from) pieces.push({ index, start: from - page.start, end: to - page.start });
  }
  return pieces;
}
