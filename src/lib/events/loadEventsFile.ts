import { describeHttpFailure, parseEventsFile, type EventsFileResult } from './parseEventsFile';

function detailOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * Fetches and parses events.json. Never rejects: every failure (network, HTTP
 * status, JSON syntax, wrong format) comes back as a message for the error page.
 */
export async function loadEventsFile(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<EventsFileResult> {
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
  let text: string;
  try {
    text = await response.text();
  } catch (reason) {
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
  try {
    return parseEventsFile(text);
  } catch (reason) {
    // A bug in the checks must still end on the error page, not on a blank one.
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
}
