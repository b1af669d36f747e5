/**
 * The page's side of the workbench server's API (`src/workbench/server/server.ts`):
 * every call carries the token the server put in the page, and every answer comes
 * back as a value, never a rejection, so the form can show what went wrong.
 */
import type { EventDate } from '../../lib/events/types';
import type { AnchorAfterRules } from './correctionDraft';
import type { DateProposal } from './eventDraft';
import type { ProblemLike } from './problemFields';

const TOKEN_HEADER = 'x-workbench-token';

export interface VersionedFile {
  path: string;
  version: string;
  text: string;
}

export interface Problem extends ProblemLike {
  file: string;
}

/** A date as the app words it, as the server's extractor read it. */
export type WordedDate = Pick<EventDate, 'shape' | 'window' | 'approximate' | 'uncertain'> &
  Partial<Pick<EventDate, 'estimate'>>;

/** The draft's date read back: alone, and with the relations' tightening when the curation extracts. */
export interface DateReadBack {
  own: WordedDate | null;
  tightened: WordedDate | null;
}

/** A sentence no event covers yet, from the extractor's report (the server's `toDoItems`). */
export interface ToDoItem {
  source: string;
  page: number;
  start: number;
  end: number;
  passage: string;
  dates: string[];
  names: string[];
}

export interface CheckReply {
  problems: Problem[];
  date: DateReadBack | null;
}

export type SaveReply =
  | {
      kind: 'saved';
      path: string;
      version: string;
      diff: string;
      eventsWritten: boolean;
      remaining: Problem[];
    }
  | { kind: 'conflict'; path: string; current: VersionedFile; yours: string; diff: string }
  | { kind: 'invalid'; path: string; problems: Problem[] }
  | { kind: 'failed'; message: string };

export class WorkbenchApi {
  constructor(
    readonly token: string,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  async #call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> } | { failed: string }> {
    try {
      const response = await this.fetcher(path, {
        method,
        headers: {
          [TOKEN_HEADER]: this.token,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        cache: 'no-store',
      });
      const json = (await response.json()) as Record<string, unknown>;
      return { status: response.status, json };
    } catch (error) {
      return {
        failed: `the workbench server did not answer (${(error as Error).message}); is \`npm run curate\` still running?`,
      };
    }
  }

  async pages(): Promise<{ source: string; path: string }[] | { failed: string }> {
    const reply = await this.#call('GET', '/api/sources');
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return reply.json.pages as { source: string; path: string }[];
  }

  async read(path: string): Promise<VersionedFile | { failed: string }> {
    const reply = await this.#call('GET', `/api/file?path=${encodeURIComponent(path)}`);
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return reply.json as unknown as VersionedFile;
  }

  /**
   * The problems saving `content` would bring, by the extractor's checks, and the date of
   * the event `event` in it as the extractor reads it; nothing is written.
   */
  async check(
    path: string,
    content: unknown,
    event?: string,
  ): Promise<CheckReply | { failed: string }> {
    const reply = await this.#call('POST', '/api/check', { path, content, event });
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return {
      problems: reply.json.problems as Problem[],
      date: (reply.json.date as DateReadBack | undefined) ?? null,
    };
  }

  /**
   * The to-do list: what no event covers yet, per sentence; the curation's problems; and
   * the anchors to review, which the reading text moved or edited since events.json
   * recorded them.
   */
  async toDo(): Promise<
    { toDo: ToDoItem[]; problems: Problem[]; review: AnchorAfterRules[] } | { failed: string }
  > {
    const reply = await this.#call('GET', '/api/status');
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return {
      toDo: reply.json.toDo as ToDoItem[],
      problems: reply.json.problems as Problem[],
      review: reply.json.review as AnchorAfterRules[],
    };
  }

  /** Takes these events' anchors out of the review queue; events.json records where they stand. */
  async resolveAnchors(
    ids: string[],
  ): Promise<{ review: AnchorAfterRules[] } | { failed: string }> {
    const reply = await this.#call('POST', '/api/anchor-review', { ids });
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return { review: reply.json.review as AnchorAfterRules[] };
  }

  /** The tagger's proposed date for the passage `[start, end)` of a page's reading text. */
  async propose(
    source: string,
    start: number,
    end: number,
  ): Promise<DateProposal | null | { failed: string }> {
    const query = new URLSearchParams({ source, start: String(start), end: String(end) });
    const reply = await this.#call('GET', `/api/propose?${query}`);
    if ('failed' in reply) return reply;
    if (reply.status !== 200) return { failed: String(reply.json.error) };
    return reply.json.proposal as DateProposal | null;
  }

  async save(path: string, baseVersion: string, content: unknown): Promise<SaveReply> {
    const reply = await this.#call('PUT', '/api/file', { path, baseVersion, content });
    if ('failed' in reply) return { kind: 'failed', message: reply.failed };
    if (reply.status === 200 || reply.status === 409 || reply.status === 422) {
      return reply.json as unknown as SaveReply;
    }
    return { kind: 'failed', message: String(reply.json.error) };
  }

  /** What new reading rules would do to the anchors (kept or to review), or the problems they have. */
  async previewRules(
    path: string,
    content: unknown,
  ): Promise<{ anchors: AnchorAfterRules[] } | { problems: Problem[] } | { failed: string }> {
    const reply = await this.#call('POST', '/api/rules-preview', { path, content });
    if ('failed' in reply) return reply;
    if (reply.status === 200) return { anchors: reply.json.anchors as AnchorAfterRules[] };
    if (reply.status === 422) return { problems: reply.json.problems as Problem[] };
    return { failed: String(reply.json.error) };
  }

  /** Saves several files as one change; each names the version it was based on. */
  async saveAll(
    files: { path: string; baseVersion: string; content: unknown }[],
  ): Promise<SaveReply> {
    const reply = await this.#call('PUT', '/api/files', { files });
    if ('failed' in reply) return { kind: 'failed', message: reply.failed };
    if (reply.status === 200 || reply.status === 409 || reply.status === 422) {
      return reply.json as unknown as SaveReply;
    }
    return { kind: 'failed', message: String(reply.json.error) };
  }

  /** Calls `onEvents` each time the server writes events.json; returns the stop. */
  listen(onEvents: () => void): () => void {
    const stream = new EventSource(`/api/changes?token=${encodeURIComponent(this.token)}`);
    stream.addEventListener('events', onEvents);
    return () => stream.close();
  }
}
