/**
 * Fetching events.json's text, apart from reading it: the page's entry imports this
 * alone, and the checks of what it read (the schema's validator, some 60 kB) come in a
 * chunk of their own, beside the file, once the page is drawn.
 */
import type { EventsFileResult } from './parseEventsFile';

export function detailOf(reason: unknown): string {
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

/** The message for an HTTP failure, naming the status so it can be reported. */
export function describeHttpFailure(status: number, statusText: string): string {
  const text = statusText ? ` ${statusText}` : '';
  return `events.json could not be loaded: the server answered HTTP ${status}${text}.`;
}
