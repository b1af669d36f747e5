/**
 * Where sentences end, as the citation rules need to know: a passage cut inside a
 * sentence is quoted with an ellipsis, and one that runs to the foot of a page whose
 * text stops mid-sentence goes on to the next page.
 */

/** A sentence-final mark, optionally followed by closing quotation marks or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Whether the text, trailing white space aside, ends a sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Whether the text, leading white space aside, opens with a lower-case letter. */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text.trimStart());
}
