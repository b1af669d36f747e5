/**
 * Parses a JSON document while it is still arriving, so that reading a large
 * events.json from the network and parsing it overlap instead of following one
 * another (100,000 events are ~100 MB: about as long to receive as to parse).
 *
 * Every piece is parsed by the platform's `JSON.parse`: the head of the document
 * up to the opening `[` of the array under `key`, then batches of that array's
 * elements as they come, then the rest. A batch is cut after a `}` or `]` that is
 * followed by `,`; a cut that falls inside a string or a nested value cannot
 * parse (the batch would end in an open string or an open bracket), so a batch
 * that parses ends exactly between two elements. Whenever a piece cannot be made
 * to parse, the parser stops cutting and `finish` parses the whole text at once,
 * so a malformed file fails with the same error `JSON.parse` gives for it and a
 * well-formed one gives the same value in any layout.
 */

/** Below this many characters a batch waits for more text: fewer, larger parses. */
const MIN_BATCH = 1 << 18;
/** A batch that grows past this without a cut that parses stops the streaming. */
const GIVE_UP_AT = 1 << 25;
/** Failed cuts may read this much more than the text received before streaming stops. */
const FAILED_READING_ALLOWANCE = 1 << 20;
/** How many candidate cuts one batch tries, from the end, before waiting for more text. */
const TRIES = 4;

export interface StreamingParser {
  /** Takes the next piece of the text. */
  push(text: string): void;
  /** The parsed document; throws what `JSON.parse` throws for the whole text. */
  finish(): unknown;
  /** The whole text, for reporting where a malformed document goes wrong. */
  text(): string;
  /** How many elements of the array are parsed so far (for a progress line). */
  elementsRead(): number;
}

type Phase = 'head' | 'elements' | 'tail' | 'whole';

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The index of the first non-whitespace character at or after `from`, or -1 at the end. */
function nextNonSpace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * A parser for a document whose top level is an object holding the array `key`
 * (`{"sources": …, "events": [ … ]}`): the array's elements are parsed as they arrive.
 */
export function createStreamingParser(
  key: string,
  {
    minBatch = MIN_BATCH,
    failedReadingAllowance = FAILED_READING_ALLOWANCE,
  }: { minBatch?: number; failedReadingAllowance?: number } = {},
): StreamingParser {
  const pieces: string[] = [];
  let phase: Phase = 'head';
  // Text received but not parsed yet, for the head, elements and tail phases.
  let pending = '';
  // Where the search for `"key"` in the head goes on from.
  let searchFrom = 0;
  // The head's pieces, joined only when `"key"` may be in them: adding to one long
  // string and searching it after each piece would copy the head over and over.
  let headPieces: string[] = [];
  // The end of the text before the newest piece, so a `"key"` cut in two is seen.
  let carry = '';
  // `"key"` was seen but what follows it has not all arrived.
  let awaiting = false;
  let head: Record<string, unknown> | null = null;
  const elements: unknown[] = [];
  // A cut took the comma after an element, so the next batch must hold one: `[…},]`
  // would otherwise be read as the elements before the comma and an empty last batch.
  let elementDue = false;
  const marker = JSON.stringify(key);
  // Characters received, and characters read by parses that failed: a layout whose cuts
  // keep failing would otherwise be read over and over as it grows. Once the failed
  // reading passes what has arrived (and an allowance, so that a small file is not given
  // up on for a few early misses), the rest is read whole at the end.
  let received = 0;
  let wasted = 0;

  /** The whole text, joined once. */
  let joined: string | null = null;
  const whole = () => {
    if (joined === null || joined.length !== received) joined = pieces.join('');
    return joined;
  };

  const giveUp = () => {
    phase = 'whole';
    pending = '';
  };

  /** Finds `"key" : [` at the top level of the head; the head before it must parse. */
  function readHead(): void {
    for (;;) {
      const at = pending.indexOf(marker, searchFrom);
      if (at < 0) {
        searchFrom = Math.max(0, pending.length - marker.length);
        return;
      }
      const colon = nextNonSpace(pending, at + marker.length);
      const bracket = colon < 0 ? -1 : nextNonSpace(pending, colon + 1);
      if (colon < 0 || bracket < 0) return; // wait for the rest of `"key": [`
      searchFrom = at + 1;
      if (pending[colon] !== ':' || pending[bracket] !== '[') continue;
      // A quote after an odd run of backslashes is inside a string (`{"foo\\"events": […]}`).
      let backslashes = 0;
      while (pending[at - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 1) continue;
      // Closing the array and the object at once parses only if `"key"` is a key of
      // the top-level object, not text in a string or a key of a nested object.
      const parsed = tryParse(`${pending.slice(0, bracket + 1)}]}`);
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) continue;
      head = parsed.value as Record<string, unknown>;
      pending = pending.slice(bracket + 1);
      phase = 'elements';
      return;
    }
  }

  /** Takes the batch `[body]` if it parses; false leaves everything as it was. */
  function take(body: string): boolean {
    const parsed = tryParse(`[${body}]`);
    if (!parsed.ok || (elementDue && (parsed.value as unknown[]).length === 0)) {
      wasted += body.length;
      return false;
    }
    elementDue = false;
    const batch = parsed.value as unknown[];
    for (let i = 0; i < batch.length; i++) elements.push(batch[i]);
    return true;
  }

  /** The index of the last non-whitespace character before `from`, or -1. */
  function previousNonSpace(text: string, from: number): number {
    for (let i = from - 1; i >= 0; i--) if (!isSpace(text.charCodeAt(i))) return i;
    return -1;
  }

  /**
   * The `}` that ends the last element before the last `}, {"id"` of the pending text:
   * events.json writes each event's id first, and no object inside an event starts
   * with an id, so this is almost always a cut between two events, found without a
   * parse that fails. -1 when there is none.
   */
  function lastIdCut(before: number): number {
    let at = pending.lastIndexOf('"id"', before);
    while (at > 0) {
      const brace = previousNonSpace(pending, at);
      const comma = brace < 0 || pending[brace] !== '{' ? -1 : previousNonSpace(pending, brace);
      const close = comma < 0 || pending[comma] !== ',' ? -1 : previousNonSpace(pending, comma);
      if (close >= 0 && pending[close] === '}') return close;
      at = pending.lastIndexOf('"id"', at - 1);
    }
    return -1;
  }

  /** Parses the elements up to the last cut that parses; moves on to the tail at the array's end. */
  function readElements(final: boolean): void {
    if (!final && pending.length < minBatch) return;
    // A failed try costs nearly a whole parse of the batch (it fails at its end), so the
    // likely cuts go first: the array's end, then a cut before an element's id.
    const end = pending.lastIndexOf(']');
    if (end >= 0) {
      const after = nextNonSpace(pending, end + 1);
      // `]}` and nothing after it: the end of the document; `],` when no more text comes:
      // keys after the array. (A `]` inside an element is followed by more of it.)
      const documentEnd =
        after >= 0 && pending[after] === '}' && nextNonSpace(pending, after + 1) < 0;
      const keysAfter = final && after >= 0 && pending[after] === ',';
      if ((documentEnd || keysAfter) && take(pending.slice(0, end))) {
        pending = pending.slice(end + 1);
        phase = 'tail';
        return;
      }
    }
    let before = pending.length;
    for (let tries = 0; tries < TRIES; tries++) {
      const close = lastIdCut(before);
      if (close < 0) break;
      before = close;
      if (take(pending.slice(0, close + 1))) {
        pending = pending.slice(pending.indexOf(',', close) + 1);
        elementDue = true;
        return;
      }
    }
    // Elements of any other shape: any `}` or `]` followed by `,`.
    let from = pending.length - 1;
    for (let tries = 0; tries < TRIES && from >= 0; tries++) {
      const close = Math.max(pending.lastIndexOf('}', from), pending.lastIndexOf(']', from));
      if (close < 0) break;
      from = close - 1;
      const after = nextNonSpace(pending, close + 1);
      if (after < 0 || pending[after] !== ',') continue;
      if (take(pending.slice(0, close + 1))) {
        pending = pending.slice(after + 1);
        elementDue = true;
        return;
      }
    }
    if (final || pending.length > GIVE_UP_AT) giveUp();
  }

  /** `readElements`, given up for a whole parse at the end once failed cuts cost too much. */
  function readElementsWithin(final: boolean): void {
    readElements(final);
    if (phase === 'elements' && wasted > received + failedReadingAllowance) giveUp();
  }

  /** The document: the head, the elements, and the keys after the array (later keys win, as in `JSON.parse`). */
  function readTail(): { ok: true; value: unknown } | { ok: false } {
    const start = nextNonSpace(pending, 0);
    if (start < 0) return { ok: false };
    let tailObject: string;
    if (pending[start] === '}') tailObject = `{${pending.slice(start)}`;
    else if (pending[start] === ',' && pending[nextNonSpace(pending, start + 1)] === '"')
      tailObject = `{${pending.slice(start + 1)}`;
    else return { ok: false };
    const tail = tryParse(tailObject);
    if (!tail.ok) return { ok: false };
    return { ok: true, value: { ...head, [key]: elements, ...(tail.value as object) } };
  }

  return {
    push(text) {
      if (text.length === 0) return;
      pieces.push(text);
      received += text.length;
      if (phase === 'whole' || phase === 'tail') {
        if (phase === 'tail') pending += text;
        return;
      }
      if (phase === 'head') {
        headPieces.push(text);
        const seen = `${carry}${text}`;
        carry = seen.slice(-marker.length);
        if (!awaiting && !seen.includes(marker)) return;
        pending = headPieces.join('');
        headPieces = [pending];
        readHead();
        if (phase !== 'head') headPieces = [];
        else awaiting = pending.indexOf(marker, searchFrom) >= 0;
      } else pending += text;
      if (phase === 'elements') readElementsWithin(false);
    },
    finish() {
      if (phase === 'elements') readElementsWithin(true);
      if (phase === 'tail') {
        const document = readTail();
        if (document.ok) return document.value;
      }
      phase = 'whole';
      return JSON.parse(whole());
    },
    text: whole,
    elementsRead: () => elements.length,
  };
}
