/**
 * Anchors that survive a change of the reading text (a new OCR correction, a new
 * furniture rule). Each anchor as the last extraction placed it (its quote with
 * prefix and suffix, and its position) is looked for again in the new text:
 *
 * - kept: the text of the passage is untouched by the change and still occurs only
 *   there, at the place the old one maps to;
 * - to review: anything else — the passage was edited (found again with errors), it
 *   now matches elsewhere (moved), its words occur more than once, or it is gone.
 *
 * A review entry is never applied on its own: the curator confirms or fixes it
 * (Hypothesis's users saw quotes re-anchored silently to a look-alike; offset-only
 * anchors shift without a word).
 */
import { diffChars } from 'diff';
import { matchQuote, type QuoteSelector } from './matchQuote';

export interface PlacedAnchor {
  /** The event whose passage it is. */
  id: string;
  quote: QuoteSelector;
  position: { start: number; end: number };
}

export type ReviewReason = 'changed' | 'moved' | 'ambiguous' | 'lost';

export type Reanchoring =
  | { id: string; status: 'kept'; start: number; end: number }
  | {
      id: string;
      status: 'review';
      reason: ReviewReason;
      old: { start: number; end: number; text: string };
      /** Where the new text has the passage now, and with how many edits; null when it is gone. */
      found: { start: number; end: number; text: string; errors: number } | null;
      /** Where the old position lands in the new text. */
      expectedStart: number;
    };

/** A stretch of the old text and the stretch of the new text that replaced it. */
interface Change {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The changes between two texts, in order, from a character diff. */
export function textChanges(oldText: string, newText: string): Change[] {
  if (oldText === newText) return [];
  const changes: Change[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const part of diffChars(oldText, newText)) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      oldAt += length;
      newAt += length;
      continue;
    }
    let last = changes.at(-1);
    if (!last || last.oldEnd !== oldAt || last.newEnd !== newAt) {
      last = { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
      changes.push(last);
    }
    if (part.removed) last.oldEnd = oldAt += length;
    else last.newEnd = newAt += length;
  }
  return changes;
}

/** Where an old offset lands in the new text: shifted by every change wholly before it. */
function mapOffset(offset: number, changes: readonly Change[]): number {
  let shift = 0;
  for (const change of changes) {
    if (change.oldEnd > offset) break;
    shift += change.newEnd - change.newStart - (change.oldEnd - change.oldStart);
  }
  return offset + shift;
}

/** Whether a change touches the inside of `[start, end)`; one that only meets its edge does not. */
function touches(start: number, end: number, changes: readonly Change[]): boolean {
  return changes.some((change) =>
    change.oldStart === change.oldEnd
      ? change.oldStart > start && change.oldStart < end
      : change.oldStart < end && change.oldEnd > start,
  );
}

function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first >= 0 && text.indexOf(quote, first + 1) < 0;
}

/** Finds every anchor again in `newText`, which replaced `oldText`. */
export function reanchor(
  oldText: string,
  newText: string,
  anchors: readonly PlacedAnchor[],
): Reanchoring[] {
  const changes = textChanges(oldText, newText);
  return anchors.map((anchor) => {
    const { start, end } = anchor.position;
    const expectedStart = mapOffset(start, changes);
    const exact = anchor.quote.exact;
    if (
      !touches(start, end, changes) &&
      newText.slice(expectedStart, expectedStart + exact.length) === exact &&
      occursOnce(newText, exact)
    ) {
      return {
        id: anchor.id,
        status: 'kept',
        start: expectedStart,
        end: expectedStart + exact.length,
      };
    }
    const match = matchQuote(newText, anchor.quote, expectedStart);
    const old = { start, end, text: exact };
    if (!match)
      return { id: anchor.id, status: 'review', reason: 'lost', old, found: null, expectedStart };
    const found = {
      start: match.start,
      end: match.end,
      text: newText.slice(match.start, match.end),
      errors: match.errors,
    };
    const reason: ReviewReason =
      match.errors > 0 ? 'changed' : match.start !== expectedStart ? 'moved' : 'ambiguous';
    return { id: anchor.id, status: 'review', reason, old, found, expectedStart };
  });
}

/** One line a curator reads about an anchor to review. */
export function describeReview(entry: Extract<Reanchoring, { status: 'review' }>): string {
  const was = `"${entry.old.text}" (at ${entry.old.start}–${entry.old.end})`;
  const found = entry.found;
  switch (entry.reason) {
    case 'lost':
      return `${was} is no longer in the text, nor anything close to it`;
    case 'changed':
      return `${was} now reads "${found!.text}" at ${found!.start}–${found!.end} (${found!.errors} ${found!.errors === 1 ? 'edit' : 'edits'}): confirm or fix the passage`;
    case 'moved':
      return `${was} is found at ${found!.start}–${found!.end}, not where the change put it (${entry.expectedStart}): confirm it is the same passage`;
    case 'ambiguous':
      return `${was} now occurs more than once: lengthen it until it is unique`;
  }
}
