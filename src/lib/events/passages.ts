/**
 * Splits a page of text into runs so that every event passage can be marked,
 * even when passages overlap or nest. Pure: no Svelte, no DOM.
 */

/** One event's passage: `[start, end)` in UTF-16 code units of the text it marks. */
export interface PassageSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of passages. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Ids of the passages covering this run, widest first; empty for plain text. */
  ids: string[];
  /**
   * The passage for which this run is the one keyboard handle (a link), or null.
   * Each passage gets at most one handle, on its first run not already taken, so
   * each passage is one tab stop even when passages overlap. Only a passage whose
   * runs are all taken (an exact duplicate of another) goes without.
   */
  handle: string | null;
}

/** Drops spans that are empty, reversed or not numbers, and clamps the rest to the text. */
function cleanSpans(spans: readonly PassageSpan[], length: number): PassageSpan[] {
  const clean: PassageSpan[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = Math.max(0, Math.min(length, Math.floor(span.start)));
    const end = Math.max(0, Math.min(length, Math.floor(span.end)));
    if (end > start) clean.push({ id: span.id, start, end });
  }
  // Widest first among equal starts, so an enclosing passage lists before the one inside it.
  return clean.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/**
 * Cuts `text` at every passage boundary. The runs cover the whole text in order, so
 * joining their `text` gives back the input; adjacent runs never share the same `ids`.
 */
export function segmentText(text: string, spans: readonly PassageSpan[]): TextSegment[] {
  const clean = cleanSpans(spans, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const span of clean) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const ids = clean.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const previous = segments.at(-1);
    if (previous && sameIds(previous.ids, ids)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), ids, handle: null });
    }
  }
  assignHandles(segments, clean);
  return segments;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function assignHandles(segments: TextSegment[], spans: readonly PassageSpan[]): void {
  const seen = new Set<string>();
  // Narrowest first: a short passage has few runs to choose from, a wide one has many.
  const byWidth = [...spans].sort((a, b) => a.end - a.start - (b.end - b.start));
  for (const span of byWidth) {
    if (seen.has(span.id)) continue;
    seen.add(span.id);
    const free = segments.find((s) => s.handle === null && s.ids.includes(span.id));
    if (free) free.handle = span.id;
  }
}

/**
 * Splits runs at blank lines so the text can be set as paragraphs. The paragraph
 * break itself is dropped; a handle stays on the first piece of its run.
 */
export function splitParagraphs(segments: readonly TextSegment[]): TextSegment[][] {
  const paragraphs: TextSegment[][] = [[]];
  for (const segment of segments) {
    let handle = segment.handle;
    let from = 0;
    const breaks = /\n[ \t]*\n\s*/g;
    for (;;) {
      const found = breaks.exec(segment.text);
      const to = found ? found.index : segment.text.length;
      if (to > from) {
        paragraphs.at(-1)!.push({
          ...segment,
          start: segment.start + from,
          end: segment.start + to,
          text: segment.text.slice(from, to),
          handle,
        });
        handle = null;
      }
      if (!found) break;
      paragraphs.push([]);
      from = found.index + found[0].length;
    }
  }
  return paragraphs.filter((p) => p.length > 0);
}

/**
 * Which event a click on a run selects: the narrowest passage covering it, or,
 * when that one is already selected, the next narrowest, so repeated clicks on
 * overlapping passages reach each of them.
 */
export function pickPassage(
  ids: readonly string[],
  selectedId: string | null,
  spanLength: (id: string) => number,
): string | null {
  if (ids.length === 0) return null;
  const byWidth = [...ids].sort((a, b) => spanLength(a) - spanLength(b));
  const next = byWidth.find((id) => id !== selectedId);
  return byWidth[0] === selectedId && next ? next : byWidth[0]!;
}

/** A passage with the words around it, as the details quote it. */
export interface PassageInContext {
  /** The text before the passage, from a word's start; empty at the page's start. */
  before: string;
  passage: string;
  /** The text after the passage, to a word's end; empty at the page's end. */
  after: string;
  /** Whether text of the passage's paragraph was left out before or after. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The passage `[start, end)` of `text` with up to `context` characters either side,
 * cut at whitespace and kept within its paragraph, so the reader sees where it stands
 * without the whole page.
 */
export function passageInContext(
  text: string,
  start: number,
  end: number,
  context = 120,
): PassageInContext {
  const paragraphStart = text.lastIndexOf('\n\n', start - 1);
  const lowest = paragraphStart < 0 ? 0 : paragraphStart + 2;
  const paragraphEnd = text.indexOf('\n\n', end);
  const highest = paragraphEnd < 0 ? text.length : paragraphEnd;
  let from = Math.max(lowest, start - context);
  if (from > lowest) {
    const space = text.slice(from, start).search(/\s/);
    from = space < 0 ? start : from + space + 1;
  }
  let to = Math.min(highest, end + context);
  if (to < highest) {
    const space = text.slice(end, to).search(/\s\S*$/);
    to = space < 0 ? end : end + space;
  }
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: flat(text.slice(from, start)).trimStart(),
    passage: flat(text.slice(start, end)),
    after: flat(text.slice(end, to)).trimEnd(),
    cutBefore: from > lowest,
    cutAfter: to < highest,
  };
}
