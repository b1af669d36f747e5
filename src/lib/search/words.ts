/**
 * How search cuts text into words and when a word of the query matches a word of
 * the text. The index (`eventSearch.ts`) and the highlighter (`highlight.ts`) both
 * use these, so what is marked is what was found.
 */
import { foldForSearch } from '../events/filterEvents';

/** A word of a text: its place in the original text (UTF-16 offsets) and its folded form. */
export interface Word {
  start: number;
  end: number;
  folded: string;
}

// Letters, digits and combining marks (a decomposed "é" stays one word); everything
// else separates words, so "Krasnov's" is "Krasnov" + "s" and "All-Russian" two words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text` in order, with their offsets and folded forms. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldForSearch(match[0]);
    // A word of marks only ("\u0301" alone) folds to nothing and is not a word.
    if (folded !== '')
      words.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return words;
}

const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The folded words of `text`, as the index stores them: the same words as
 * `wordsOf(text)` gives (a property test holds them to it), but folded in one pass,
 * which is what indexing a large file needs.
 */
export function foldedWordsOf(text: string): string[] {
  return foldForSearch(text).match(FOLDED_WORD) ?? [];
}

const HAS_DIGIT = /\p{N}/u;

/**
 * Whether a query word also finds the words it begins ("Gatch" finds "Gatchina").
 * Not below three letters: "a" or "of" as a prefix would find nearly every event.
 */
export function allowsPrefix(term: string): boolean {
  return [...term].length >= 3;
}

/**
 * How many typing slips a query word may carry and still find a word: none below five
 * letters (where one slip turns "Ostrov" into a different short word), one up to eight
 * ("Kerenski" finds "Kerensky"), two from nine ("Kerenskii"). Numbers must be exact, so
 * "1918" does not find 1917 nor "26" find 25.
 */
export function typosAllowed(term: string): number {
  if (HAS_DIGIT.test(term)) return 0;
  const length = [...term].length;
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * The Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1`:
 * insertions, deletions and substitutions of one UTF-16 unit each, as MiniSearch's
 * fuzzy search counts them (no transpositions).
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Whether the folded query word `term` finds the folded text word `word`: the same
 * word, a word it begins, or one within its allowed slips. The same three ways
 * MiniSearch looks a term up (exact, `prefix`, `fuzzy`), with the same limits.
 */
export function termFindsWord(term: string, word: string): boolean {
  if (word === term) return true;
  if (allowsPrefix(term) && word.startsWith(term)) return true;
  const typos = typosAllowed(term);
  return typos > 0 && editDistanceWithin(term, word, typos) <= typos;
}

/** Where `sequence` first occurs in `words` from `from` on, one word after the other; -1 if not. */
export function indexOfSequence(
  words: readonly string[],
  sequence: readonly string[],
  from = 0,
): number {
  if (sequence.length === 0) return -1;
  for (let i = from; i + sequence.length <= words.length; i++) {
    if (sequence.every((word, j) => words[i + j] === word)) return i;
  }
  return -1;
}
