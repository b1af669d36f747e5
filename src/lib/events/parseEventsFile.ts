import { screenEvents, type EventProblem } from './screenEvents';
import type { EventsFile } from './types';
import { findSchemaIssues, type SchemaIssue } from './schemaIssues';

export type { EventProblem };

/**
 * The outcome of reading events.json: the data with what was left out of it, or a
 * message a reader can act on (with the details behind it, one line each).
 */
export type EventsFileResult =
  | { ok: true; data: EventsFile; problems: EventProblem[] }
  | { ok: false; error: string; details: string[] };

/** More schema issues than this are summed up: the first few say enough. */
const MAX_DETAILS = 12;

function failure(error: string, details: string[] = []): EventsFileResult {
  return { ok: false, error, details };
}

/** What is still open at the end of the text, if JSON.parse failed because it stops early. */
function unclosedAtEnd(text: string): 'a text' | 'an object' | 'a list' | null {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
  }
  if (inString) return 'a text';
  const last = open.at(-1);
  return last === '{' ? 'an object' : last === '[' ? 'a list' : null;
}

/** Why `text` is not JSON, in words: empty, an HTML page, cut off, or the parser's message. */
function describeJsonFailure(text: string, detail: string): EventsFileResult {
  if (text.trim() === '') return failure('events.json is empty.');
  if (/^\s*</.test(text)) {
    const page = text.trim().replace(/\s+/g, ' ');
    const start = page.length > 40 ? `${page.slice(0, 40)}…` : page;
    return failure(
      'events.json is not valid JSON: the server sent a web page instead, as it does when the file is missing.',
      [`The answer begins: ${start}`],
    );
  }
  const open = unclosedAtEnd(text);
  if (open) {
    return failure(
      `events.json is not valid JSON: it stops after ${text.length.toLocaleString('en')} characters in the middle of ${open}, as if it was cut off.`,
      [`JSON.parse: ${detail}`],
    );
  }
  return failure(`events.json is not valid JSON (${detail}).`);
}

function describeIssue(issue: SchemaIssue): string {
  return `${issue.path || '(the whole file)'}: ${issue.message}`;
}

/** `/sources/1/id: "x" is also the id at /sources/0` for each list with a repeated id. */
function repeatedIds(file: EventsFile): string[] {
  const lists = ['sources', 'lanes', 'people', 'places'] as const;
  return lists.flatMap((name) => {
    const first = new Map<string, number>();
    return file[name].flatMap((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      return earlier === undefined
        ? []
        : [`/${name}/${i}/id: "${item.id}" is also the id at /${name}/${earlier}`];
    });
  });
}

/**
 * Parses the text of events.json and checks it against the events.json format
 * (its JSON Schema, then `screenEvents`). A problem
 * outside the events (the sources, lanes, people, places, or the file's outline)
 * makes the file unusable; an event with a problem is left out and listed.
 */
export function parseEventsFile(text: string): EventsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (reason) {
    return describeJsonFailure(text, reason instanceof Error ? reason.message : String(reason));
  }
  return checkEventsFile(json);
}

function checkEventsFile(json: unknown): EventsFileResult {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && version !== 1) {
    return failure(
      version === undefined
        ? 'events.json has no format version: it is not an events file of this app.'
        : `events.json has format version ${JSON.stringify(version)}; this app reads version 1.`,
    );
  }
  const issues = findSchemaIssues(json);
  const outline = issues.filter((issue) => !/^\/events\/\d+(\/|$)/.test(issue.path));
  if (outline.length > 0) {
    const shown = outline.slice(0, MAX_DETAILS).map(describeIssue);
    const more = outline.length - shown.length;
    return failure(
      `events.json does not match its format: ${outline.length === 1 ? 'one problem' : `${outline.length} problems`} outside the events.`,
      more > 0 ? [...shown, `… and ${more} more.`] : shown,
    );
  }
  const file = json as EventsFile;
  const repeated = repeatedIds(file);
  if (repeated.length > 0) {
    return failure('events.json gives the same id to two entries of one list.', repeated);
  }
  const { events, problems } = screenEvents(file, issues);
  return { ok: true, data: { ...file, events }, problems };
}

export { describeHttpFailure } from './fetchEventsText';
