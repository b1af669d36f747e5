import type { EventsFile } from './types';

/** The outcome of reading events.json: the data, or a message a reader can act on. */
export type EventsFileResult = { ok: true; data: EventsFile } | { ok: false; error: string };

const ARRAYS = ['sources', 'lanes', 'people', 'places', 'events'] as const;

/**
 * Parses the text of events.json and checks its outline (format version and the
 * top-level lists). The extractor validates every field against the JSON Schema;
 * this only guards the app against a file that is not events.json at all.
 */
export function parseEventsFile(text: string): EventsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (reason) {
    const detail = reason instanceof Error ? reason.message : String(reason);
    return { ok: false, error: `events.json is not valid JSON (${detail}).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'events.json does not hold an object.' };
  }
  const record = json as Record<string, unknown>;
  if (record.formatVersion !== 1) {
    return {
      ok: false,
      error: `events.json has format version ${JSON.stringify(record.formatVersion)}; this app reads version 1.`,
    };
  }
  const missing = ARRAYS.filter((key) => !Array.isArray(record[key]));
  if (missing.length > 0) {
    return { ok: false, error: `events.json has no list of ${missing.join(', ')}.` };
  }
  return { ok: true, data: json as EventsFile };
}

/** The message for an HTTP failure, naming the status so it can be reported. */
export function describeHttpFailure(status: number, statusText: string): string {
  const text = statusText ? ` ${statusText}` : '';
  return `events.json could not be loaded: the server answered HTTP ${status}${text}.`;
}
