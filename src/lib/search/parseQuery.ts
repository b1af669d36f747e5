/**
 * A search as typed, read into the terms that must all match: words, quoted
 * phrases and dates. Pure; the terms are folded as the index folds text.
 */
import { monthName } from '../time/names';
import { foldedWordsOf } from './words';

/** One thing every event found must contain. */
export type QueryTerm =
  /** A word, found by prefix and with typing slips (see `termFindsWord`). */
  | { kind: 'word'; word: string }
  /** Words in this order, one after the other, each exactly (`"head echelons"`). */
  | { kind: 'phrase'; words: string[] }
  /** A day of a month, in either order ("26 October", "November 8"), each word exactly. */
  | { kind: 'date'; day: string; month: string };

const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1, 'long').toLowerCase());

/** "october" for "october", "oct" or "sept"; null for a word that names no month. */
function monthOf(word: string): string | null {
  if (word.length < 3) return null;
  return (
    MONTHS.find((month) => month === word || (word.length <= 4 && month.startsWith(word))) ?? null
  );
}

function dayOf(word: string): string | null {
  if (!/^\d{1,2}$/.test(word)) return null;
  const day = Number(word);
  // "08" is written "8" in the dates the index holds.
  return day >= 1 && day <= 31 ? String(day) : null;
}

/**
 * The words of an unquoted stretch, with "26 October" or "Oct 26" read as one date:
 * a reader typing a day means that day, not any event that has a 26 and an October
 * somewhere (7–9 November with 25–27 October would be one).
 */
function wordTerms(words: readonly string[]): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined) {
      const dayFirst = dayOf(word) && monthOf(next);
      const monthFirst = monthOf(word) && dayOf(next);
      if (dayFirst || monthFirst) {
        terms.push({
          kind: 'date',
          day: (dayOf(word) ?? dayOf(next))!,
          month: (monthOf(word) ?? monthOf(next))!,
        });
        i++;
        continue;
      }
    }
    terms.push({ kind: 'word', word });
  }
  return terms;
}

// Straight, curly, low and guillemet quotes: what keyboards and pasted text give.
const QUOTE = /["“”„«»]/u;

/**
 * The terms of a search: quoted stretches are phrases (a single quoted word must be
 * that word exactly), the rest words and dates. A quote not yet closed counts as no
 * quote, so the results do not vanish while the phrase is still being typed.
 */
export function parseQuery(query: string): QueryTerm[] {
  const pieces = query.split(QUOTE);
  const closed = pieces.length % 2 === 1;
  const terms: QueryTerm[] = [];
  let plain: string[] = [];
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1 && (closed || i < pieces.length - 1);
    const words = foldedWordsOf(piece);
    if (!quoted) {
      plain.push(...words);
      return;
    }
    terms.push(...wordTerms(plain));
    plain = [];
    if (words.length > 0) terms.push({ kind: 'phrase', words });
  });
  terms.push(...wordTerms(plain));
  return terms;
}

/** The word sequences that satisfy a phrase or date term: a date reads either way round. */
export function sequencesOf(term: Exclude<QueryTerm, { kind: 'word' }>): string[][] {
  return term.kind === 'phrase'
    ? [term.words]
    : [
        [term.day, term.month],
        [term.month, term.day],
      ];
}
