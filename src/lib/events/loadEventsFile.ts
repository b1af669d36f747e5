import { describeHttpFailure, parseEventsFile, type EventsFileResult } from './parseEventsFile';

function detailOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * The body as text, decoded piece by piece as it arrives. In Chromium this took half
 * the time of `response.text()` for a 10 MB file (measured for issue 13), which
 * decodes it all at the end.
 */
export async function readBodyText(response: Response): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const pieces: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return pieces.join('');
    pieces.push(value);
  }
}

/** events.json's text as fetched, or why it could not be had (a message for the error page). */
export type EventsText = { ok: true; text: string } | Extract<EventsFileResult, { ok: false }>;

/**
 * Fetches events.json's text. Never rejects: a network failure, an HTTP status or a
 * body that cannot be read comes back as a message for the error page.
 */
export async function fetchEventsText(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<EventsText> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (reason) {
    return {
      ok: false,
      error: `events.json could not be loaded: ${detailOf(reason)}.`,
      details: ['The network or the server did not answer. Check the connection and reload.'],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: describeHttpFailure(response.status, response.statusText),
      details: [],
    };
  }
  try {
    return { ok: true, text: await readBodyText(response) };
  } catch (reason) {
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
}

/** Parses fetched text (or passes a failure on). Never throws. */
export function readEventsText(fetched: EventsText): EventsFileResult {
  if (!fetched.ok) return fetched;
  try {
    return parseEventsFile(fetched.text);
  } catch (reason) {
    // A bug in the checks must still end on the error page, not on a blank one.
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
}

/**
 * Fetches and parses events.json. Never rejects: every failure (network, HTTP
 * status, JSON syntax, wrong format) comes back as a message for the error page.
 */
export async function loadEventsFile(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<EventsFileResult> {
  return readEventsText(await fetchEventsText(url, fetcher));
}
