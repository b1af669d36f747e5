import { isWhitespace } from '../reading-text/whitespace';
import type { TemporalMention } from '../tagger/types';

export interface Span {
  start: number;
  end: number;
}

export interface UncoveredSentence {
  start: number;
  end: number;
  text: string;
  /** The known names the sentence mentions. */
  names: string[];
}

const IRREGULAR_PAST = new Set(
  'was were had did went came left sent met told took gave made got saw said began ran rode fought fell held kept knew led lost put read set stood thought wrote brought caught felt found heard paid sought spoke struck understood won arrived'.split(
    ' ',
  ),
);

/**
 * Whether a span overlaps any of the anchors, in log time: a whole book has thousands
 * of anchors and tens of thousands of sentences. Anchors sorted by start, with the
 * furthest end reached by each prefix of them.
 */
function overlapTest(anchors: readonly Span[]): (span: Span) => boolean {
  const sorted = [...anchors].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const [i, anchor] of sorted.entries()) {
    furthestEnd.push(Math.max(anchor.end, furthestEnd[i - 1] ?? -Infinity));
  }
  return (span) => {
    // How many anchors start before the span ends.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < span.end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && furthestEnd[low - 1]! > span.start;
  };
}

/** Date and time expressions that no curated passage contains: dates the curator may have missed. */
export function findUncoveredMentions(
  mentions: readonly TemporalMention[],
  anchors: readonly Span[],
): TemporalMention[] {
  const overlaps = overlapTest(anchors);
  return mentions.filter(
    (mention) => !overlaps({ start: mention.index, end: mention.index + mention.text.length }),
  );
}

/**
 * Sentences that look like they tell a happening (a past-tense verb and a known
 * person or place) but that no event anchors: the curator's to-do list.
 */
export function findUncoveredSentences(
  text: string,
  anchors: readonly Span[],
  knownNames: readonly string[],
): UncoveredSentence[] {
  const namePatterns = knownNames
    .filter((name) => name.length > 1)
    .map((name) => ({
      name,
      pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu'),
    }));
  if (namePatterns.length === 0) return [];
  const alternatives = namePatterns.map(({ name }) => escapeRegExp(name)).join('|');
  const anyName = new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
  // Where a name may start in the whole text (what follows it unread): most sentences
  // of a book name no one, and are passed over without being cut out.
  const nameStarts: number[] = [];
  const nameStart = new RegExp(`(?<![\\p{L}])(?:${alternatives})`, 'giu');
  for (let match = nameStart.exec(text); match; match = nameStart.exec(text)) {
    nameStarts.push(match.index);
    nameStart.lastIndex = match.index + 1;
  }
  const overlaps = overlapTest(anchors);
  const found: UncoveredSentence[] = [];
  let nextName = 0;
  for (let start = sentenceStart(text, 0); start < text.length;) {
    const after = sentenceEnd(text, start);
    let end = after;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    while (nextName < nameStarts.length && nameStarts[nextName]! < start) nextName++;
    if (nextName < nameStarts.length && nameStarts[nextName]! < end) {
      const trimmed = text.slice(start, end);
      const span = { start, end };
      if (anyName.test(trimmed) && !overlaps(span)) {
        // Each name once, in the order given.
        const names: string[] = [];
        for (const { name, pattern } of namePatterns)
          if (!names.includes(name) && pattern.test(trimmed)) names.push(name);
        if (hasPastTenseVerb(trimmed)) found.push({ ...span, text: trimmed, names });
      }
    }
    start = sentenceStart(text, after);
  }
  return found;
}

function hasPastTenseVerb(sentence: string): boolean {
  return (sentence.match(/\p{L}+/gu) ?? []).some((word) => {
    const lower = word.toLowerCase();
    return IRREGULAR_PAST.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sentence that holds the offset `index`, as `findUncoveredSentences` cuts them: from after
 * the sentence end (and closing quotes) or line break before it to the next one.
 */
export function sentenceAround(text: string, index: number): Span {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start -= 1;
  // The closing quotes of the sentence before belong to it, as `sentenceEnd` cuts them.
  if (start > 0 && /[.!?]/.test(text[start - 1]!)) {
    while (start < index && /["'’”)\]]/u.test(text[start]!)) start += 1;
  }
  while (start < index && /\s/u.test(text[start]!)) start += 1;
  const rest = /[^.!?\n]*(?:[.!?]+["'’”)\]]*|\n|$)/uy;
  rest.lastIndex = index;
  let end = index + (rest.exec(text)?.[0].length ?? 0);
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/*
 * Sentences: from a character that is not whitespace up to a full stop, question or
 * exclamation mark (and any closing quote) or a line break, or the end of the text.
 * A heuristic is enough for a to-do list, and V8's Intl.Segmenter is quadratic on long
 * text (a megabyte took half a minute). Found by scanning, not by a pattern: a book
 * has tens of thousands of sentences, most of which need no more than their bounds.
 */

/** Where the next sentence starts at or after `from`: its first character that is not whitespace. */
function sentenceStart(text: string, from: number): number {
  let at = from;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** `.`, `!` or `?`. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/** A closing quote or bracket: `"`, `'`, `’`, `”`, `)` or `]`. */
function closesSentence(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x201d ||
    code === 0x29 ||
    code === 0x5d
  );
}

const LINE_BREAK = 0x0a;

/** Where the sentence that starts at `start` ends, its closing marks or line break included. */
function sentenceEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (endsSentence(code) || code === LINE_BREAK) break;
    at++;
  }
  if (at === text.length) return at;
  if (text.charCodeAt(at) === LINE_BREAK) return at + 1;
  while (at < text.length && endsSentence(text.charCodeAt(at))) at++;
  while (at < text.length && closesSentence(text.charCodeAt(at))) at++;
  return at;
}
