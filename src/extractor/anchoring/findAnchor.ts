/** Characters of context kept on each side of a quote, as W3C TextQuoteSelectors usually do. */
export const QUOTE_CONTEXT = 32;

export type AnchorResult = { ok: true; start: number; end: number } | { ok: false; reason: string };

/**
 * Finds a curated passage in the reading text. It must occur exactly once: a
 * passage found twice could anchor the wrong happening, and one not found at all
 * usually means the curator copied the OCR instead of the reading text. The
 * failure names the nearest match so the fix is quick.
 */
export function findAnchor(text: string, passage: string): AnchorResult {
  const positions = occurrences(text, passage);
  if (positions.length === 1) {
    const start = positions[0]!;
    return { ok: true, start, end: start + passage.length };
  }
  if (positions.length > 1) {
    return {
      ok: false,
      reason: `"${clip(passage)}" occurs ${positions.length} times (at ${positions.join(', ')}); lengthen it until it is unique`,
    };
  }
  return {
    ok: false,
    reason: `"${clip(passage)}" is not in the reading text; ${nearestMatch(text, passage)}`,
  };
}

function occurrences(text: string, passage: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) found.push(at);
  return found;
}

/**
 * Finds a curated passage that starts within `[from, to)` of a longer text (its page
 * within the work's text): it must start there exactly once, and may run on past `to`.
 * Positions in the reasons are the text's.
 */
export function findAnchorFrom(
  text: string,
  passage: string,
  from: number,
  to: number,
): AnchorResult {
  if (from === 0 && to >= text.length) return findAnchor(text, passage);
  // Searched in the page and as much after it as the passage can run on: a search to the
  // end of a whole book for every event would read the book once per event.
  const window = text.slice(from, Math.min(text.length, to + passage.length - 1));
  const positions = occurrences(window, passage)
    .filter((at) => at < to - from)
    .map((at) => from + at);
  if (positions.length === 1) {
    const start = positions[0]!;
    return { ok: true, start, end: start + passage.length };
  }
  // The reasons speak of the page, as the curator sees it: offsets from its start.
  if (positions.length > 1) {
    return {
      ok: false,
      reason: `"${clip(passage)}" occurs ${positions.length} times (at ${positions.map((p) => p - from).join(', ')}); lengthen it until it is unique`,
    };
  }
  const near = findAnchor(window, passage);
  return near.ok
    ? { ok: false, reason: `"${clip(passage)}" starts on the next page: curate it there` }
    : near;
}

/** The longest start of the passage that the text has, and where it stops agreeing. */
function nearestMatch(text: string, passage: string): string {
  let low = 0;
  let high = passage.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(passage.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return 'no part of its start occurs either';
  const at = text.indexOf(passage.slice(0, low));
  const expected = text.slice(at + low, at + low + 12);
  return `nearest match at ${at}: "${clip(passage.slice(0, low))}" then the text reads "${expected}" where the anchor has "${passage.slice(low, low + 12)}"`;
}

function clip(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The W3C TextQuoteSelector for `[start, end)`: the passage with a little context on each side. */
export function quoteSelector(
  text: string,
  start: number,
  end: number,
): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}
