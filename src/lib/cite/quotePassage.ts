/**
 * A passage quoted as a sentence of its own after a citation, by the Chicago Manual of
 * Style (17th ed., 13.18–19 and 13.50–57): a quotation that begins inside a sentence
 * has its lower-case initial capitalized in brackets ("[A]bolished the local …"), or,
 * when it already begins with a capital (a name), opens with an ellipsis; one that
 * stops inside a sentence, or is cut for length, ends with an ellipsis. The ellipsis is
 * three spaced periods held together and to the word before by no-break spaces.
 * Double quotation marks inside become single ones.
 */
import type { TextSpan } from './passagePages';
import { endsSentence, startsLowerCase } from './sentences';

/** Longest quotation given in full; a longer passage is cut at a word. */
export const MAX_QUOTATION = 300;

const NBSP = '\u00a0';
/** Chicago's ellipsis: ". . ." with no-break spaces, so it never breaks across lines. */
export const ELLIPSIS = `.${NBSP}.${NBSP}.`;

export function quotePassage(
  readingText: string,
  position: TextSpan,
  maxLength = MAX_QUOTATION,
): string {
  const before = readingText.slice(0, position.start);
  let quote = nestQuotes(
    readingText.slice(position.start, position.end).replace(/\s+/g, ' ').trim(),
  );
  // At the top of the page there is nothing before to ask; a lower-case start says
  // the sentence began on the page before.
  const opensMidSentence = before.trim() ? !endsSentence(before) : startsLowerCase(quote);
  let closesMidSentence = !endsSentence(quote);
  if (quote.length > maxLength) {
    const cut = quote.slice(0, maxLength);
    const space = cut.lastIndexOf(' ');
    quote = space > maxLength / 2 ? cut.slice(0, space) : cut;
    closesMidSentence = true;
  }
  if (opensMidSentence) {
    quote = startsLowerCase(quote)
      ? `[${quote[0]!.toUpperCase()}]${quote.slice(1)}`
      : `${ELLIPSIS} ${quote}`;
  }
  if (closesMidSentence) quote = `${quote.replace(/[\s,;:—–-]+$/u, '')}${NBSP}${ELLIPSIS}`;
  return quote;
}

/** Double quotation marks inside a quotation become single ones (Chicago 13.30). */
function nestQuotes(text: string): string {
  let open = true;
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, () => {
      const mark = open ? '‘' : '’';
      open = !open;
      return mark;
    });
}
