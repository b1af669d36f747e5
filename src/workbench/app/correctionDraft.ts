/**
 * An OCR correction made from words selected in the raw text, and what saving it
 * writes: the work's reading rules with the correction added, and each page whose
 * anchors the curator confirmed or fixed in the review queue. Pure.
 */

export interface CorrectionDraft {
  /** The text as the OCR has it once its lines are joined. */
  ocr: string;
  /** What it reads in print. */
  reading: string;
  /** Why: "OCR: rn read as m". */
  note: string;
}

/** An anchor as the server's preview of new rules placed it (`AnchorAfterRules`). */
export interface AnchorAfterRules {
  id: string;
  status: 'kept' | 'review';
  reason?: 'changed' | 'moved' | 'ambiguous' | 'lost';
  file: string;
  index: number;
  anchor: string;
  found?: { start: number; end: number; text: string; errors: number } | null;
  description?: string;
}

interface RulesData {
  corrections: { ocr: string; reading: string; note?: string }[];
}

/**
 * Raw OCR words as a correction reads them: the lines joined as the reading text joins
 * them (a word hyphenated at a line's end made whole, other line breaks a space).
 */
export function ocrOfSelection(selected: string): string {
  return selected
    .replace(/(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The rules with the correction added at the end of their corrections. */
export function withCorrection<T extends RulesData>(rules: T, draft: CorrectionDraft): T {
  const note = draft.note.trim();
  return {
    ...rules,
    corrections: [
      ...rules.corrections,
      { ocr: draft.ocr, reading: draft.reading, ...(note ? { note } : {}) },
    ],
  };
}

/** The anchors the curator must confirm or fix before the correction can be saved. */
export function toReview(anchors: readonly AnchorAfterRules[]): AnchorAfterRules[] {
  return anchors.filter((anchor) => anchor.status === 'review');
}

/** The key of a review entry: its file and place there (an id may repeat across a bad file). */
export const reviewKey = (anchor: Pick<AnchorAfterRules, 'file' | 'index'>) =>
  `${anchor.file}#${anchor.index}`;

/**
 * Each page file the resolutions change, with its events' anchors set to the passages the
 * curator confirmed or typed.
 */
export function pagesWithResolutions<T extends { events: { anchor: string }[] }>(
  pages: ReadonlyMap<string, T>,
  queue: readonly AnchorAfterRules[],
  resolutions: Readonly<Record<string, string>>,
): Map<string, T> {
  const changed = new Map<string, T>();
  for (const entry of queue) {
    const passage = resolutions[reviewKey(entry)];
    const page = changed.get(entry.file) ?? pages.get(entry.file);
    if (passage === undefined || !page) continue;
    changed.set(entry.file, {
      ...page,
      events: page.events.map((event, i) =>
        i === entry.index ? { ...event, anchor: passage } : event,
      ),
    });
  }
  return changed;
}
