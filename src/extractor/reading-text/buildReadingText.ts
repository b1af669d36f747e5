import { OffsetMap, OffsetMapBuilder, composeMaps } from './offsetMap';
import { isRunningHead } from './runningHead';
import { isWhitespace } from './whitespace';

/** One OCR misreading and what the printed page says. */
export interface OcrCorrection {
  /** The text as the OCR has it once lines are joined, e.g. "ail thèse" or "procédure". */
  ocr: string;
  /** What it reads in print. */
  reading: string;
  /** Why, for the curator, e.g. "OCR: rn read as m". */
  note?: string;
}

/**
 * The curation rules for one work; `sources/<work>/reading-rules.json` holds them.
 * Regex sources are compiled with the `u` flag, so `\p{L}` and friends work.
 */
export interface ReadingTextRules {
  /** Regex source matched against the first trimmed line that is not blank or other furniture. */
  runningHead?: string;
  /**
   * The title the running head carries beside the page number, on either side
   * ("376 STORMY PASSAGE", "Stormy Passage 377"), found in the same first line however
   * the OCR slipped a little. Needs the page's number.
   */
  runningTitle?: string;
  /** Regex sources for scan furniture, each matched against every trimmed line. */
  dropLines?: string[];
  /** Regex source for a lone mark on a line of its own; `null` keeps such lines. Default {@link DEFAULT_STRAY_MARK}. */
  strayMark?: string | null;
  /** Compounds whose hyphen stays when a line breaks at it, e.g. "All-Russian". Compared without case. */
  keepHyphenated?: string[];
  /** Literal, case-sensitive, matched on word boundaries in the reflowed text. */
  corrections: OcrCorrection[];
}

export type DropReason = 'running-head' | 'scan-furniture' | 'stray-mark';

export interface DroppedLine {
  /** The trimmed line in the raw text. */
  rawStart: number;
  rawEnd: number;
  reason: DropReason;
}

export interface AppliedCorrection {
  correction: OcrCorrection;
  readingStart: number;
  readingEnd: number;
  rawStart: number;
  rawEnd: number;
}

export interface ReadingTextResult {
  text: string;
  /** Maps `text` back onto the raw page. */
  map: OffsetMap;
  paragraphs: { start: number; end: number }[];
  dropped: DroppedLine[];
  applied: AppliedCorrection[];
  /** Corrections that matched nowhere on this page. */
  unusedCorrections: OcrCorrection[];
}

/** A line with a single visible character (plus any combining marks on it). */
export const DEFAULT_STRAY_MARK = '^\\S\\p{M}*$';

/** Thrown for rules or input that cannot give a trustworthy reading text. */
export class ReadingTextError extends Error {
  /** Where the problem is, e.g. "rules.dropLines[1]". */
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'ReadingTextError';
    this.path = path;
  }
}

/**
 * Turns a raw OCR page into the text people read and quote: page furniture dropped,
 * paragraphs joined by a blank line, lines by a space, words hyphenated across lines
 * joined, then the OCR corrections applied. The map leads every reading position back
 * to the raw page, so a quote can always be shown in the scan's own words.
 */
export function buildReadingText(
  raw: string,
  rules: ReadingTextRules,
  options: { page?: number } = {},
): ReadingTextResult {
  return readingTextBuilder(rules)(raw, options);
}

/**
 * `buildReadingText` for many pages of one work: the rules checked and their patterns
 * compiled once, not for each of a book's pages. Throws a `ReadingTextError` for rules
 * that cannot give a trustworthy reading text.
 */
export function readingTextBuilder(
  rules: ReadingTextRules,
): (raw: string, options?: { page?: number }) => ReadingTextResult {
  const compiled = compileRules(rules);
  const corrections = correctionMatcher(compiled.corrections);
  return (raw, { page } = {}) => {
    if (typeof raw !== 'string') throw new ReadingTextError('raw', 'expected the page as a string');
    const lines = splitLines(raw);
    const dropped = classifyLines(raw, lines, compiled, page);
    const reflowed = reflow(raw, lines, compiled);
    const corrected = applyCorrections(reflowed.text, corrections);
    // A page no correction matched keeps the reflow's map: composing it with the identity
    // gave the same map, at a fifth of the reading text's time over a book.
    const map =
      corrected.matches.length === 0 ? reflowed.map : composeMaps(corrected.map, reflowed.map);

    const used = new Set(corrected.matches.map((match) => match.correction));
    // The paragraphs and where each correction came from are worked out when asked
    // for: the extraction of a book asks for neither of its 600 pages.
    let paragraphs: ReadingTextResult['paragraphs'] | undefined;
    let applied: AppliedCorrection[] | undefined;
    return {
      text: corrected.text,
      map,
      get paragraphs() {
        return (paragraphs ??= paragraphSpans(corrected.text));
      },
      dropped,
      get applied() {
        return (applied ??= corrected.matches.map(({ correction, readingStart, readingEnd }) => {
          const source = map.toRaw(readingStart, readingEnd);
          return {
            correction,
            readingStart,
            readingEnd,
            rawStart: source.start,
            rawEnd: source.end,
          };
        }));
      },
      unusedCorrections: compiled.corrections.filter((correction) => !used.has(correction)),
    };
  };
}

// ---------------------------------------------------------------------------
// Rules

interface CompiledRules {
  runningHead?: RegExp;
  runningTitle?: string;
  dropLines: RegExp[];
  strayMark?: RegExp;
  /** Lower-cased "left-right" pairs of word parts whose line-end hyphen stays. */
  keptPairs: Set<string>;
  corrections: OcrCorrection[];
}

const LINE_BREAK = /[\r\n]/u;
const EDGE_SPACE = /^\s|\s$/u;
const COMPOUND = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+$/u;

function compileRules(rules: ReadingTextRules): CompiledRules {
  if (typeof rules !== 'object' || rules === null) {
    throw new ReadingTextError('rules', 'expected an object');
  }
  const compiled: CompiledRules = {
    dropLines: optionalArray(rules.dropLines, 'rules.dropLines').map((source, i) =>
      compileRegex(source, `rules.dropLines[${i}]`),
    ),
    keptPairs: new Set(),
    corrections: [],
  };
  if (rules.runningHead !== undefined) {
    compiled.runningHead = compileRegex(rules.runningHead, 'rules.runningHead');
  }
  if (rules.runningTitle !== undefined) {
    if (typeof rules.runningTitle !== 'string' || rules.runningTitle.trim() === '') {
      throw new ReadingTextError('rules.runningTitle', 'expected the title as a non-empty string');
    }
    compiled.runningTitle = rules.runningTitle;
  }
  if (rules.strayMark !== null) {
    compiled.strayMark = compileRegex(rules.strayMark ?? DEFAULT_STRAY_MARK, 'rules.strayMark');
  }
  optionalArray(rules.keepHyphenated, 'rules.keepHyphenated').forEach((compound, i) => {
    const path = `rules.keepHyphenated[${i}]`;
    if (typeof compound !== 'string') throw new ReadingTextError(path, 'expected a string');
    if (!COMPOUND.test(compound)) {
      throw new ReadingTextError(
        path,
        `${JSON.stringify(compound)} is not word parts joined by hyphens, like "All-Russian"`,
      );
    }
    const parts = compound.toLowerCase().split('-');
    for (let k = 1; k < parts.length; k++) compiled.keptPairs.add(`${parts[k - 1]}-${parts[k]}`);
  });
  if (!Array.isArray(rules.corrections)) {
    throw new ReadingTextError('rules.corrections', 'expected an array (it may be empty)');
  }
  const seen = new Map<string, number>();
  rules.corrections.forEach((correction, i) => {
    checkCorrection(correction, `rules.corrections[${i}]`);
    const earlier = seen.get(correction.ocr);
    if (earlier !== undefined) {
      throw new ReadingTextError(
        `rules.corrections[${i}].ocr`,
        `${JSON.stringify(correction.ocr)} is already corrected by rules.corrections[${earlier}]`,
      );
    }
    seen.set(correction.ocr, i);
  });
  compiled.corrections = rules.corrections;
  return compiled;
}

function optionalArray<T>(value: T[] | undefined, path: string): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ReadingTextError(path, 'expected an array');
  return value;
}

function compileRegex(source: unknown, path: string): RegExp {
  if (typeof source !== 'string')
    throw new ReadingTextError(path, 'expected a regex source string');
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadingTextError(
      path,
      `invalid regular expression ${JSON.stringify(source)} (${reason})`,
    );
  }
}

function checkCorrection(correction: OcrCorrection, path: string): void {
  if (typeof correction !== 'object' || correction === null) {
    throw new ReadingTextError(path, 'expected { ocr, reading, note? }');
  }
  for (const field of ['ocr', 'reading'] as const) {
    const value: unknown = correction[field];
    const at = `${path}.${field}`;
    if (typeof value !== 'string') throw new ReadingTextError(at, 'expected a string');
    if (value === '') throw new ReadingTextError(at, 'is empty');
    if (LINE_BREAK.test(value)) {
      throw new ReadingTextError(at, 'contains a line break; corrections work inside a paragraph');
    }
    if (EDGE_SPACE.test(value)) {
      throw new ReadingTextError(at, `${JSON.stringify(value)} starts or ends with whitespace`);
    }
  }
  if (/\s(?<! )|\s\s/u.test(correction.ocr)) {
    throw new ReadingTextError(
      `${path}.ocr`,
      `${JSON.stringify(correction.ocr)} has whitespace other than single spaces, which the reflowed text never has`,
    );
  }
  if (correction.ocr === correction.reading) {
    throw new ReadingTextError(path, `ocr and reading are both ${JSON.stringify(correction.ocr)}`);
  }
  if (correction.note !== undefined && typeof correction.note !== 'string') {
    throw new ReadingTextError(`${path}.note`, 'expected a string');
  }
}

// ---------------------------------------------------------------------------
// Lines

interface Line {
  /** Start of the line and of its text once leading and trailing whitespace is trimmed. */
  start: number;
  contentStart: number;
  contentEnd: number;
  kind: 'text' | 'blank' | DropReason;
}

/** Splits at "\r\n", "\n" or a lone "\r"; the last line may be empty. */
function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = start;
    while (end < raw.length && raw.charCodeAt(end) !== LF && raw.charCodeAt(end) !== CR) end++;
    let contentStart = start;
    while (contentStart < end && isWhitespace(raw.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isWhitespace(raw.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ start, contentStart, contentEnd, kind: contentStart === end ? 'blank' : 'text' });
    if (end === raw.length) return lines;
    start = end + (raw.charCodeAt(end) === CR && raw.charCodeAt(end + 1) === LF ? 2 : 1);
  }
}

/** Marks furniture lines in place and lists them. */
function classifyLines(
  raw: string,
  lines: Line[],
  rules: CompiledRules,
  page: number | undefined,
): DroppedLine[] {
  let headChecked = false;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    const content = raw.slice(line.contentStart, line.contentEnd);
    if (rules.dropLines.some((pattern) => pattern.test(content))) line.kind = 'scan-furniture';
    else if (rules.strayMark?.test(content)) line.kind = 'stray-mark';
    else if (!headChecked) {
      // The running head is the first line of real text; later lines are never one.
      headChecked = true;
      const byTitle =
        rules.runningTitle !== undefined &&
        page !== undefined &&
        isRunningHead(content, page, rules.runningTitle);
      if (byTitle || rules.runningHead?.test(content)) line.kind = 'running-head';
    }
  }
  return lines
    .filter((line) => line.kind !== 'text' && line.kind !== 'blank')
    .map((line) => ({
      rawStart: line.contentStart,
      rawEnd: line.contentEnd,
      reason: line.kind as DropReason,
    }));
}

// ---------------------------------------------------------------------------
// Reflow: paragraphs, line joins, hyphens, whitespace

/** A raw run `[rawStart, rawEnd)` that reads as `reading`; raw text between edits is copied. */
interface Edit {
  rawStart: number;
  rawEnd: number;
  reading: string;
}

/**
 * Furniture lines are transparent: the lines on either side join as if it were not
 * there, so a footer between two blank lines gives one paragraph break, not two.
 */
function reflow(
  raw: string,
  lines: Line[],
  rules: CompiledRules,
): { text: string; map: OffsetMap } {
  const builder = new OffsetMapBuilder();
  let text = '';
  let at = 0;
  // The edit last pushed, still open: the next may run into it. Kept in three variables,
  // not an object per edit: a book has two edits a line over tens of thousands of lines.
  let lastStart = -1;
  let lastEnd = -1;
  let lastReading = '';
  const close = () => {
    if (lastStart < 0) return;
    builder.copy(lastStart - at).replace(lastReading.length, lastEnd - lastStart);
    text += raw.slice(at, lastStart) + lastReading;
    at = lastEnd;
  };
  const push = (rawStart: number, rawEnd: number, reading: string) => {
    if (lastStart >= 0 && rawStart < lastEnd) {
      // A word broken over three lines: both hyphen joins share the middle line's word.
      lastReading += reading.slice(lastEnd - rawStart);
      lastEnd = rawEnd;
    } else if (rawEnd > rawStart) {
      close();
      lastStart = rawStart;
      lastEnd = rawEnd;
      lastReading = reading;
    }
  };

  let previous: Line | undefined;
  let blankSincePrevious = false;
  let furnitureSincePrevious: Line | undefined;
  for (const line of lines) {
    if (line.kind === 'blank') {
      blankSincePrevious = previous !== undefined;
      continue;
    }
    if (line.kind !== 'text') {
      furnitureSincePrevious ??= line;
      continue;
    }
    const separatorEnd = furnitureSincePrevious?.start ?? line.contentStart;
    if (previous === undefined) {
      push(0, line.contentStart, '');
    } else if (blankSincePrevious) {
      push(previous.contentEnd, separatorEnd, '\n\n');
      push(separatorEnd, line.contentStart, '');
    } else {
      const hyphen = joinHyphenated(raw, previous, line, rules.keptPairs);
      if (hyphen !== undefined) {
        push(hyphen.rawStart, hyphen.rawEnd, hyphen.reading);
      } else {
        push(previous.contentEnd, separatorEnd, ' ');
        push(separatorEnd, line.contentStart, '');
      }
    }
    // Only whitespace other than a single space needs an edit; most lines have none.
    const spaces = hasUnusualSpace(raw, line.contentStart, line.contentEnd)
      ? raw.slice(line.contentStart, line.contentEnd).matchAll(/\s+/gu)
      : [];
    for (const space of spaces) {
      if (space[0] === ' ') continue;
      const rawStart = line.contentStart + space.index;
      push(rawStart, rawStart + space[0].length, ' ');
    }
    previous = line;
    blankSincePrevious = false;
    furnitureSincePrevious = undefined;
  }
  push(previous?.contentEnd ?? 0, raw.length, '');
  close();
  builder.copy(raw.length - at);
  text += raw.slice(at);
  return { text, map: builder.build() };
}

const HYPHEN = 0x2d;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

/** Whether `[start, end)` of `text` has whitespace other than single spaces. */
function hasUnusualSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE ? text.charCodeAt(i + 1) === SPACE && i + 1 < end : isWhitespace(code))
      return true;
  }
  return false;
}
const WORD_BEFORE_HYPHEN = /([\p{L}\p{M}\p{N}]+)-$/u;
const WORD_AT_START = /^[\p{L}\p{M}\p{N}]+/u;

/**
 * A line ending in a word and "-" followed by a line starting with a word. The hyphen
 * goes ("Com- mittee" → "Committee") when a letter stands on both sides and the next
 * part does not start with a capital ("All- Russian" stays "All-Russian") and the pair
 * is not a kept compound. Otherwise it stays, without a space ("1914- 17" → "1914-17").
 * The edit covers both word parts, so the decision never depends on text outside it.
 */
function joinHyphenated(
  raw: string,
  left: Line,
  right: Line,
  keptPairs: Set<string>,
): Edit | undefined {
  // Most lines do not end in a hyphen; skip the regexes for them (a long book has many lines).
  if (raw.charCodeAt(left.contentEnd - 1) !== HYPHEN) return undefined;
  const before = WORD_BEFORE_HYPHEN.exec(raw.slice(left.contentStart, left.contentEnd))?.[1];
  const after = WORD_AT_START.exec(raw.slice(right.contentStart, right.contentEnd))?.[0];
  if (before === undefined || after === undefined) return undefined;
  const dropHyphen =
    /[\p{L}\p{M}]$/u.test(before) &&
    /^\p{L}/u.test(after) &&
    !/^[\p{Lu}\p{Lt}]/u.test(after) &&
    !keptPairs.has(`${before}-${after}`.toLowerCase());
  return {
    rawStart: left.contentEnd - 1 - before.length,
    rawEnd: right.contentStart + after.length,
    reading: dropHyphen ? before + after : `${before}-${after}`,
  };
}

// ---------------------------------------------------------------------------
// Corrections

interface CorrectionMatch {
  correction: OcrCorrection;
  readingStart: number;
  readingEnd: number;
}

const WORD_CHAR = /^[\p{L}\p{M}]$/u;

/** The corrections as one pattern, the longest `ocr` first, with each by its `ocr`; null when there are none. */
interface CorrectionMatcher {
  pattern: RegExp;
  byOcr: Map<string, OcrCorrection>;
}

function correctionMatcher(corrections: OcrCorrection[]): CorrectionMatcher | null {
  if (corrections.length === 0) return null;
  const alternatives = [...corrections]
    .sort((a, b) => b.ocr.length - a.ocr.length)
    .map(({ ocr }) => {
      const chars = [...ocr];
      // Boundaries are only asked for at an edge that is itself part of a word.
      const lookBehind = WORD_CHAR.test(chars[0]!) ? '(?<![\\p{L}\\p{M}])' : '';
      const lookAhead = WORD_CHAR.test(chars.at(-1)!) ? '(?![\\p{L}\\p{M}])' : '';
      return lookBehind + escapeRegex(ocr) + lookAhead;
    });
  return {
    pattern: new RegExp(alternatives.join('|'), 'gu'),
    byOcr: new Map(corrections.map((correction) => [correction.ocr, correction])),
  };
}

/**
 * Applies every correction in one left-to-right pass, the longest `ocr` first where two
 * could start at the same place, so no correction ever reads another's output.
 */
function applyCorrections(
  text: string,
  corrections: CorrectionMatcher | null,
): { text: string; map: OffsetMap; matches: CorrectionMatch[] } {
  const builder = new OffsetMapBuilder();
  const matches: CorrectionMatch[] = [];
  if (corrections === null) return { text, map: OffsetMap.identity(text.length), matches };
  const { pattern, byOcr } = corrections;

  let corrected = '';
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const correction = byOcr.get(match[0])!;
    corrected += text.slice(at, match.index);
    builder.copy(match.index - at).replace(correction.reading.length, correction.ocr.length);
    matches.push({
      correction,
      readingStart: corrected.length,
      readingEnd: corrected.length + correction.reading.length,
    });
    corrected += correction.reading;
    at = match.index + match[0].length;
  }
  builder.copy(text.length - at);
  corrected += text.slice(at);
  return { text: corrected, map: builder.build(), matches };
}

function escapeRegex(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function paragraphSpans(text: string): { start: number; end: number }[] {
  if (text === '') return [];
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n', start)) {
    spans.push({ start, end });
    start = end + 2;
  }
  spans.push({ start, end: text.length });
  return spans;
}
