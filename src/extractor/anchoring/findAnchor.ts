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
