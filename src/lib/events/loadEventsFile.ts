import { detailOf, fetchEventsText, type EventsText } from './fetchEventsText';
import { parseEventsFile, type EventsFileResult } from './parseEventsFile';

export { fetchEventsText, readBodyText, type EventsText } from './fetchEventsText';

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
