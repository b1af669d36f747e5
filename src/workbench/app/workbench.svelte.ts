/**
 * The workbench's state in the page: the event being made, the curation file it goes
 * into (as read, with its version), the problems the extractor's checks find in it as
 * the curator types, and what the last save wrote. The server is the one writer; this
 * holds only what the curator has not saved yet and what the server last said.
 */
import { loadEventsFile } from '../../lib/events/loadEventsFile';
import type { EventsFile } from '../../lib/events/types';
import type { ExplorerState } from '../../lib/state/explorer.svelte';
import type { Problem, SaveReply, VersionedFile, WorkbenchApi } from './api';
import {
  draftFromPassage,
  idFromTitle,
  placePassage,
  toCuratedEvent,
  withEvent,
  type CuratedEventJson,
  type EventDraft,
  type PassagePlace,
} from './eventDraft';
import { problemsByField, type FormField } from './problemFields';

/** A page's curation file as the server gave it. */
interface PageFile {
  path: string;
  version: string;
  data: { events: { id: string }[] } & Record<string, unknown>;
}

export type Conflict = Extract<SaveReply, { kind: 'conflict' }>;

/** How long typing pauses before the extractor's checks run on the draft. */
const CHECK_DELAY_MS = 350;

export class WorkbenchState {
  /** The draft event, or null when no form is open. */
  draft = $state<EventDraft | null>(null);
  /** The source page the draft's passage is on. */
  source = $state.raw<{ id: string; readingText: string } | null>(null);
  /** The curation file the draft goes into, as it was read. */
  base = $state.raw<PageFile | null>(null);
  /** What the extractor's checks found in the draft last time. */
  problems = $state.raw<Problem[]>([]);
  checking = $state(false);
  saving = $state(false);
  conflict = $state.raw<Conflict | null>(null);
  /** The last save: its file, its diff, and whether events.json was written again. */
  lastSave = $state.raw<{
    path: string;
    title: string;
    diff: string;
    eventsWritten: boolean;
    remaining: Problem[];
  } | null>(null);
  /** A failure that is not a problem of the draft (the server gone, a file refused). */
  failure = $state<string | null>(null);
  /** The latest message for the workbench's live region. */
  announcement = $state('');

  readonly curated: CuratedEventJson | null = $derived(
    this.draft ? toCuratedEvent(this.draft) : null,
  );
  readonly byField: Map<FormField, string[]> = $derived(
    problemsByField(this.problems, this.draft?.id ?? ''),
  );
  /** Where the draft's passage stands in the reading text, or how often it occurs there. */
  readonly place: PassagePlace | { count: number } | null = $derived(
    this.draft && this.source ? placePassage(this.source.readingText, this.draft.anchor) : null,
  );

  #pages: { source: string; path: string }[] = [];
  #explorer: ExplorerState | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each check, so an answer that comes after a newer check began is dropped. */
  #checkSerial = 0;

  constructor(
    readonly api: WorkbenchApi,
    /** Where the app loads events.json from; the workbench server answers it with the live file. */
    private readonly eventsUrl: string,
  ) {}

  /** Learns which curation file holds each page's events and listens for new events.json. */
  async connect(): Promise<() => void> {
    const pages = await this.api.pages();
    if ('failed' in pages) this.failure = pages.failed;
    else this.#pages = pages;
    return this.api.listen(() => void this.reloadEvents());
  }

  /** The explorer whose events a new events.json replaces (the panel attaches it). */
  attach(explorer: ExplorerState): void {
    this.#explorer = explorer;
  }

  /** Loads events.json again into the explorer, in place. */
  async reloadEvents(): Promise<void> {
    const result = await loadEventsFile(this.eventsUrl);
    if (result.ok) this.#explorer?.replaceData(result.data);
    else this.failure = result.error;
  }

  /** Opens the form on the passage `[start, end)` of a page's reading text. */
  async startFromPassage(
    data: EventsFile,
    source: { id: string; readingText: string },
    start: number,
    end: number,
  ): Promise<void> {
    const page = this.#pages.find((p) => p.source === source.id);
    if (!page) {
      this.failure = `no curation file is known for ${source.id}; restart \`npm run curate\``;
      return;
    }
    const file = await this.api.read(page.path);
    if ('failed' in file) {
      this.failure = file.failed;
      return;
    }
    this.failure = null;
    this.conflict = null;
    this.base = parsePageFile(file);
    this.source = source;
    this.draft = draftFromPassage(data, source, start, end);
    this.problems = [];
    this.announcement = 'New event form opened with the selected passage.';
  }

  setTitle(title: string): void {
    if (!this.draft) return;
    this.draft.title = title;
    if (!this.draft.idEdited) this.draft.id = idFromTitle(title);
  }

  setId(id: string): void {
    if (!this.draft) return;
    this.draft.id = id;
    this.draft.idEdited = id !== '';
  }

  /** Runs the checks once typing pauses. */
  scheduleCheck(): void {
    clearTimeout(this.#timer);
    if (!this.draft) return;
    this.#timer = setTimeout(() => void this.check(), CHECK_DELAY_MS);
  }

  /** Asks the extractor what saving the draft would bring; nothing is written. */
  async check(): Promise<void> {
    const content = this.#content();
    if (!content || !this.base) return;
    const serial = ++this.#checkSerial;
    this.checking = true;
    const problems = await this.api.check(this.base.path, content);
    if (serial !== this.#checkSerial) return;
    this.checking = false;
    if ('failed' in problems) this.failure = problems.failed;
    else this.problems = problems;
  }

  /** Saves the draft into its page's curation file, if that file is still as it was read. */
  async save(): Promise<void> {
    const content = this.#content();
    if (!content || !this.base || !this.draft || this.saving) return;
    clearTimeout(this.#timer);
    this.#checkSerial += 1;
    this.saving = true;
    const reply = await this.api.save(this.base.path, this.base.version, content);
    this.saving = false;
    this.checking = false;
    switch (reply.kind) {
      case 'saved': {
        const { id, title } = this.draft;
        this.lastSave = {
          path: reply.path,
          title,
          diff: reply.diff,
          eventsWritten: reply.eventsWritten,
          remaining: reply.remaining,
        };
        this.draft = null;
        this.base = null;
        this.problems = [];
        this.conflict = null;
        this.announcement = `Saved “${title}” to ${reply.path}.${reply.eventsWritten ? ' The timeline is updated.' : ''}`;
        if (reply.eventsWritten) {
          await this.reloadEvents();
          // The new event chosen, so its details and its passage show what was made.
          this.#explorer?.select(id, { reveal: true });
        }
        return;
      }
      case 'conflict':
        this.conflict = reply;
        this.announcement = `Not saved: ${reply.path} changed on disk since the form opened.`;
        return;
      case 'invalid':
        this.problems = reply.problems;
        this.announcement = `Not saved: ${reply.problems.length} problem(s) to fix, shown beside their fields.`;
        return;
      case 'failed':
        this.failure = reply.message;
        this.announcement = `Not saved: ${reply.message}`;
    }
  }

  /** Resolves a conflict by taking the file as it is on disk now and putting the draft into it. */
  async saveOntoCurrent(): Promise<void> {
    if (!this.conflict) return;
    this.base = parsePageFile(this.conflict.current);
    this.conflict = null;
    await this.save();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#checkSerial += 1;
    this.draft = null;
    this.base = null;
    this.problems = [];
    this.conflict = null;
    this.checking = false;
    this.announcement = 'New event form closed; nothing was saved.';
  }

  #content(): PageFile['data'] | null {
    if (!this.base || !this.curated) return null;
    return withEvent(this.base.data, this.curated);
  }
}

function parsePageFile(file: VersionedFile): PageFile {
  return {
    path: file.path,
    version: file.version,
    data: JSON.parse(file.text) as PageFile['data'],
  };
}
