/**
 * Finds a W3C TextQuoteSelector (the quote with the text before and after it) in a
 * text that may have changed since the quote was taken, the way Hypothesis's client
 * re-anchors annotations: candidates are the quote's best approximate matches
 * (approx-string-match, Myers' bit-parallel algorithm), ranked by how well the
 * quote, its prefix and its suffix agree and, to break ties, how near the match is
 * to where the quote used to be.
 */
import approximateSearch from 'approx-string-match';

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Insertions, deletions and substitutions between the quote and the matched text. */
  errors: number;
  /** 0–1: how well quote, prefix, suffix and position agree together. */
  score: number;
}

/** Weights of the agreement of the quote, its prefix, its suffix and its place (Hypothesis's). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Exact occurrences first: the approximate search is the costly part and rarely needed. */
function candidates(text: string, pattern: string, maxErrors: number) {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approximateSearch(text, pattern, maxErrors);
}

/** 0–1: one minus the edit distance of `pattern` within `text`, over the pattern's length. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const best = candidates(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

/**
 * The best match of the quote in `text`, or null when nothing is within a quarter of
 * the quote's length of edits (Hypothesis allows half; an OCR correction changes a
 * few letters, and a passage half rewritten is another passage). `hint` is where the
 * quote is expected to start.
 */
export function matchQuote(text: string, quote: QuoteSelector, hint?: number): QuoteMatch | null {
  if (quote.exact.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 4));
  const found = candidates(text, quote.exact, maxErrors);
  let best: QuoteMatch | null = null;
  for (const match of found) {
    const quoteScore = 1 - match.errors / quote.exact.length;
    const prefixScore = similarity(
      text.slice(Math.max(0, match.start - quote.prefix.length), match.start),
      quote.prefix,
    );
    const suffixScore = similarity(
      text.slice(match.end, match.end + quote.suffix.length),
      quote.suffix,
    );
    const positionScore =
      hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - hint) / text.length;
    const score =
      (WEIGHTS.quote * quoteScore +
        WEIGHTS.prefix * prefixScore +
        WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      MAX_SCORE;
    if (!best || score > best.score) best = { ...match, score };
  }
  return best;
}
