import {
  checkEventsFile,
  describeHttpFailure,
  parseEventsFile,
  type EventsFileResult,
} from './parseEventsFile';
import { createStreamingParser, type StreamingParser } from './streamingParse';

function detailOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * Hands the body to the parser piece by piece as it arrives, so a large file is
 * parsed while the rest of it is still on its way (and the page stays responsive).
 */
export async function readInto(response: Response, parser: StreamingParser): Promise<void> {
  if (!response.body) {
    parser.push(await response.text());
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.push(value);
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
  const parser = createStreamingParser('events');
  try {
    await readInto(response, parser);
  } catch (reason) {
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
  try {
    let json: unknown;
    try {
      json = parser.finish();
    } catch {
      // Parsed again whole, for the messages that say where the text goes wrong.
      return parseEventsFile(parser.text());
    }
    return checkEventsFile(json);
  } catch (reason) {
    // A bug in the checks must still end on the error page, not on a blank one.
    return { ok: false, error: `events.json could not be read: ${detailOf(reason)}.`, details: [] };
  }
}
