import { describeHttpFailure, parseEventsFile, type EventsFileResult } from './parseEventsFile';

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
    const detail = reason instanceof Error ? reason.message : String(reason);
    return { ok: false, error: `events.json could not be loaded: ${detail}.` };
  }
  if (!response.ok)
    return { ok: false, error: describeHttpFailure(response.status, response.statusText) };
  try {
    return parseEventsFile(await response.text());
  } catch (reason) {
    const detail = reason instanceof Error ? reason.message : String(reason);
    return { ok: false, error: `events.json could not be read: ${detail}.` };
  }
}
