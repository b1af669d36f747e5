/**
 * Where a search matches in a text, to mark it: the words the search finds there
 * (by the same folding, prefix and slips as `searchEvents`), its phrases and dates,
 * and every name of a person or place the search names, so that "Керенский" marks
 * "Kerensky" in a title. Pure; offsets are UTF-16 code units of the text as given.
 */
import type { EventsFile } from '../events/types';
import { namedEntries } from './names';
import { parseQuery, sequencesOf, type QueryTerm } from './parseQuery';
import { foldedWordsOf, indexOfSequence, termFindsWord, wordsOf, type Word } from './words';

/** `[start, end)` of a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Whether a term finds this run of folded words (a name's): a word in it, or its phrase. */
function termFindsRun(term: QueryTerm, run: readonly string[]): boolean {
  if (term.kind === 'word') return run.some((word) => termFindsWord(term.word, word));
  return sequencesOf(term).some((words) => indexOfSequence(run, words) >= 0);
}

/**
 * The names, as runs of folded words, of the people and places the query names: those
 * with a name each word of which some term finds. A whole name, so that "the" does not
 * name Krasnov ("the general") nor "of" the narrator ("Commissar of the …").
 */
function namesNamedBy(
  terms: readonly QueryTerm[],
  file: Pick<EventsFile, 'people' | 'places'>,
): string[][] {
  const named: string[][] = [];
  for (const names of namedEntries(file)) {
    const runs = names.map(foldedWordsOf).filter((run) => run.length > 0);
    const isNamed = runs.some((run) =>
      run.every((word) => terms.some((term) => termFindsRun(term, [word]))),
    );
    if (isNamed) named.push(...runs);
  }
  return named;
}

function sequenceRanges(words: readonly Word[], sequence: readonly string[]): TextRange[] {
  const folded = words.map((word) => word.folded);
  const ranges: TextRange[] = [];
  for (
    let i = indexOfSequence(folded, sequence);
    i >= 0;
    i = indexOfSequence(folded, sequence, i + 1)
  ) {
    ranges.push({ start: words[i]!.start, end: words[i + sequence.length - 1]!.end });
  }
  return ranges;
}

/** Sorted by start, overlapping or touching ranges joined into one. */
function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/**
 * The stretches of `text` to mark for `query`, in order, never overlapping. With
 * `names` (the events file's people and places) the names of those the query names
 * are marked too. No query, no ranges.
 */
export function highlightRanges(
  text: string,
  query: string,
  names?: Pick<EventsFile, 'people' | 'places'>,
): TextRange[] {
  const terms = parseQuery(query);
  if (terms.length === 0 || text === '') return [];
  const words = wordsOf(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (term.kind === 'word') {
      for (const word of words) {
        if (termFindsWord(term.word, word.folded))
          ranges.push({ start: word.start, end: word.end });
      }
    } else {
      for (const sequence of sequencesOf(term)) ranges.push(...sequenceRanges(words, sequence));
    }
  }
  if (names) {
    for (const run of namesNamedBy(terms, names)) ranges.push(...sequenceRanges(words, run));
  }
  return merged(ranges);
}

/** A text cut at its marked ranges: joining the parts' `text` gives the text back. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** `text` as plain and marked parts, for `ranges` as `highlightRanges` gives them. */
export function splitAtRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    if (end > start) parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
