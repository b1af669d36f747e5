/**
 * The workbench's state in the page: the event being made or edited, the curation
 * file it goes into (as read, with its version), the problems the extractor's checks
 * find in it as the curator types and its date as the extractor reads it, a save's
 * conflict with the file on disk, and what the last save wrote. The server is the one
 * writer; this holds only what the curator has not saved yet and what the server last
 * said.
 *
 * Every write is a change to one file (`FileChange`): a function from the file's
 * content to the new content, applied to the file as it was read. A save based on a
 * version the file no longer has is refused by the server; the change is kept, so the
 * curator can apply it again to the file as it is now, keep their whole version over
 * the other, or drop it and reload the file — after seeing the diff, never silently.
 */
import { loadEventsFile } from '../../lib/events/loadEventsFile';
import type { EventsFile } from '../../lib/events/types';
import type { ExplorerState } from '../../lib/state/explorer.svelte';
import type {
  DateReadBack,
  Problem,
  SaveReply,
  ToDoItem,
  VersionedFile,
  WorkbenchApi,
} from './api';
import {
  draftFromCurated,
  draftFromPassage,
  idFromTitle,
  placePassage,
  toCuratedEvent,
  withEvent,
  withoutEvent,
  withProposal,
  type CuratedEventJson,
  type DateProposal,
  type EventDraft,
  type PassagePlace,
} from './eventDraft';
import { problemsByField, type FormField } from './problemFields';
import { CorrectionState } from './correction.svelte';
import { ocrOfSelection, type AnchorAfterRules } from './correctionDraft';
import { AnchorReviewState } from './anchorReview.svelte';
import { entryOf, nameDraftFrom, type NameDraft } from './nameDraft';

type FileData = Record<string, unknown>;
type PageData = {
  events: CuratedEventJson[];
  notEvents?: { passage: string; reason: string }[];
} & FileData;

/** A curation file as the server gave it. */
export interface ReadFile<T extends FileData = FileData> {
  path: string;
  version: string;
  data: T;
}

/** One change to one curation file, kept until it is written so a conflict can apply it again. */
export interface FileChange {
  /** What it does, for messages: "Saved “Gatchina is occupied”", "Deleted …". */
  done: string;
  /** The file as it was read; the save names its version. */
  base: ReadFile;
  apply(data: FileData): FileData;
  /** After the write: what the page does next (choose the event, close the form). */
  after?(eventsWritten: boolean): Promise<void> | void;
  /** Where the extractor's problems go when it refuses the change (its form), if not the event form. */
  oninvalid?(problems: Problem[]): void;
}

export type Conflict = Extract<SaveReply, { kind: 'conflict' }>;

/** How long typing pauses before the extractor's checks run on the draft. */
const CHECK_DELAY_MS = 350;

export class WorkbenchState {
  /** The draft event, or null when no form is open. */
  draft = $state<EventDraft | null>(null);
  /** The id the edited event had in its file, or null for a new one. */
  editing = $state<string | null>(null);
  /** The source page the draft's passage is on. */
  source = $state.raw<{ id: string; readingText: string } | null>(null);
  /** The curation file the draft goes into, as it was read. */
  base = $state.raw<ReadFile<PageData> | null>(null);
  /** The tagger's proposed date for a new event's passage, as it was offered. */
  proposal = $state.raw<DateProposal | null>(null);
  /** What the extractor's checks found in the draft last time. */
  problems = $state.raw<Problem[]>([]);
  /** The draft's date as the extractor read it last time. */
  dateRead = $state.raw<DateReadBack | null>(null);
  checking = $state(false);
  saving = $state(false);
  /** A save refused because its file changed on disk, and the change it would have made. */
  conflict = $state.raw<(Conflict & { change: FileChange }) | null>(null);
  /** The last save: its file, its diff, and whether events.json was written again. */
  lastSave = $state.raw<{
    path: string;
    done: string;
    diff: string;
    eventsWritten: boolean;
    remaining: Problem[];
  } | null>(null);
  /** A change the extractor refused that is not the form's (a deletion others depend on). */
  refused = $state.raw<{ done: string; problems: Problem[] } | null>(null);
  /** The OCR correction being made from words of the raw text, if any. */
  correction = $state.raw<CorrectionState | null>(null);
  /** A person or place being made from a selected name, and the problems found in it. */
  naming = $state<NameDraft | null>(null);
  nameProblems = $state.raw<string[]>([]);
  /** The relation whose event the curator is picking on the timeline, by its place in the draft. */
  picking = $state<number | null>(null);
  /** What no event covers yet, one sentence an item, as the extractor last reported it. */
  toDo = $state.raw<ToDoItem[]>([]);
  /** The anchors the reading text moved or edited since events.json recorded them, as the server last said. */
  anchorReview = $state.raw<AnchorAfterRules[]>([]);
  /** The curator's confirmations and fixes of `anchorReview`. */
  readonly review: AnchorReviewState = new AnchorReviewState(this);
  /** Whether the to-do list is open (it outlives the panel's forms). */
  toDoOpen = $state(false);
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
    await this.loadToDo();
    return this.api.listen(() => {
      void this.reloadEvents();
      void this.loadToDo();
    });
  }

  /** Asks the extractor again what no event covers, and which anchors to review. */
  async loadToDo(): Promise<void> {
    const reply = await this.api.toDo();
    if ('failed' in reply) {
      this.failure = reply.failed;
      return;
    }
    this.toDo = reply.toDo;
    this.anchorReview = reply.review;
  }

  /** Starts an OCR correction of words selected in a page's raw OCR text. */
  startCorrection(source: string, selected: string): void {
    const page = this.#pageFileOf(source);
    if (!page) return;
    this.failure = null;
    this.correction = new CorrectionState(
      this.api,
      this,
      page.replace(/pages\/[^/]+\.json$/, 'reading-rules.json'),
      ocrOfSelection(selected),
    );
    this.announcement = 'OCR correction form opened with the selected words.';
  }

  /** Opens the form for a person or place on words selected in the reading text. */
  startNaming(selected: string): void {
    this.failure = null;
    this.nameProblems = [];
    // Today, as the day an authority record is looked up unless the curator says otherwise.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.naming = nameDraftFrom(selected, new Date().toISOString().slice(0, 10));
    this.announcement = 'Person or place form opened with the selected name.';
  }

  closeNaming(): void {
    this.naming = null;
    this.nameProblems = [];
  }

  /** Adds the person or place to its curation file, checked by the extractor as any save. */
  async saveName(): Promise<void> {
    if (!this.naming || this.saving) return;
    const made = entryOf(this.naming);
    if ('problems' in made) {
      this.nameProblems = made.problems;
      return;
    }
    this.nameProblems = [];
    const [path, key] =
      made.kind === 'person'
        ? ['curation/people.json', 'people']
        : ['curation/places.json', 'places'];
    const base = await this.readFile(path);
    if (!base) return;
    await this.write({
      done: `Added ${made.kind === 'person' ? 'the person' : 'the place'} “${made.entry.name}” to ${path}`,
      base,
      apply: (data) => ({ ...data, [key]: [...((data[key] as unknown[]) ?? []), made.entry] }),
      after: () => this.closeNaming(),
      // The extractor's words, with the entry and field it names.
      oninvalid: (problems) =>
        (this.nameProblems = problems.map(
          (p) => `${p.field ? `${p.field}: ` : ''}${p.item ? `"${p.item}": ` : ''}${p.message}`,
        )),
    });
  }

  closeCorrection(): void {
    this.correction = null;
  }

  /** What a save of several files (a correction) brought, shown as a single save's would be. */
  async afterSaveAll(
    reply: SaveReply,
    done: string,
    /** What to do again after a conflict, to see the change on the files as they are now. */
    again = 'Preview the correction again',
  ): Promise<void> {
    switch (reply.kind) {
      case 'saved':
        this.lastSave = {
          path: reply.path,
          done,
          diff: reply.diff,
          eventsWritten: reply.eventsWritten,
          remaining: reply.remaining,
        };
        this.correction = null;
        this.announcement = `${done}.${reply.eventsWritten ? ' The timeline and the text are updated.' : ''}`;
        if (reply.eventsWritten) await this.reloadEvents();
        void this.loadToDo();
        return;
      case 'conflict':
        this.failure = `Not saved: ${reply.path} changed on disk since it was read; nothing was written. ${again} to see it on the file as it is now.`;
        this.announcement = this.failure;
        return;
      case 'invalid':
        if (this.correction) this.correction.problems = reply.problems;
        this.announcement = `Not saved: the extractor finds ${reply.problems.length} problem(s); nothing was written.`;
        return;
      case 'failed':
        this.failure = reply.message;
        this.announcement = `Not saved: ${reply.message}`;
    }
  }

  /** Opens the form on a to-do item's sentence. */
  async startFromToDo(data: EventsFile, item: ToDoItem): Promise<void> {
    const page = data.sources.find((s) => s.id === item.source);
    const source = page && this.#explorer?.pageWithText(page);
    if (!source) {
      this.failure = page
        ? `the text of p. ${page.page} is not loaded yet: open the page in the reading pane, then try again`
        : `${item.source} is not among the pages the app has loaded`;
      if (page) this.#explorer?.pageTexts.open(page);
      return;
    }
    await this.startFromPassage(data, source, item.start, item.end);
  }

  /** Keeps "not an event" for a to-do item, with the curator's reason, in its page's curation. */
  async dismiss(item: ToDoItem, reason: string): Promise<void> {
    const path = this.#pageFileOf(item.source);
    const base = path ? await this.readFile<PageData>(path) : null;
    if (!base) return;
    const dismissed = { passage: item.passage, reason: reason.trim() };
    await this.write({
      done: `Kept “${clip(item.passage)}” as not an event in ${base.path}`,
      base,
      apply: (data) => {
        const page = data as PageData;
        return { ...page, notEvents: [...(page.notEvents ?? []), dismissed] };
      },
    });
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

  /** Reads a curation file, or says why not. */
  async readFile<T extends FileData>(path: string): Promise<ReadFile<T> | null> {
    const file = await this.api.read(path);
    if ('failed' in file) {
      this.failure = file.failed;
      return null;
    }
    return parseFile<T>(file);
  }

  #pageFileOf(source: string): string | null {
    const page = this.#pages.find((p) => p.source === source);
    if (!page) this.failure = `no curation file is known for ${source}; restart \`npm run curate\``;
    return page?.path ?? null;
  }

  #open(draft: EventDraft, base: ReadFile<PageData>, source: { id: string; readingText: string }) {
    this.failure = null;
    this.conflict = null;
    this.refused = null;
    this.base = base;
    this.source = source;
    this.draft = draft;
    this.problems = [];
    this.dateRead = null;
  }

  /** Opens the form on the passage `[start, end)` of a page's reading text, its date as the tagger proposes. */
  async startFromPassage(
    data: EventsFile,
    source: { id: string; readingText: string },
    start: number,
    end: number,
  ): Promise<void> {
    const path = this.#pageFileOf(source.id);
    const base = path ? await this.readFile<PageData>(path) : null;
    if (!base) return;
    let draft = draftFromPassage(data, source, start, end);
    const anchored = source.readingText.indexOf(draft.anchor, start);
    const proposal =
      draft.anchor === ''
        ? null
        : await this.api.propose(source.id, anchored, anchored + draft.anchor.length);
    this.proposal = proposal && !('failed' in proposal) ? proposal : null;
    if (this.proposal) draft = withProposal(draft, this.proposal);
    this.editing = null;
    this.#open(draft, base, source);
    this.announcement = this.proposal
      ? `New event form opened with the selected passage; the tagger proposes ${this.proposal.edtf}, ${this.proposal.basis}.`
      : 'New event form opened with the selected passage.';
  }

  /** Opens the form on an event of the timeline, as its curation file holds it. */
  async startEdit(id: string): Promise<void> {
    const event = this.#explorer?.event(id);
    const path = event ? this.#pageFileOf(event.anchor.source) : null;
    const base = path ? await this.readFile<PageData>(path) : null;
    if (!event || !base) return;
    const curated = base.data.events.find((e) => e.id === id);
    if (!curated) {
      this.failure = `${base.path} no longer has the event "${id}"; it changed on disk`;
      return;
    }
    const page = this.#explorer!.pageById(event.anchor.source)!;
    const source = this.#explorer!.pageWithText(page);
    if (!source) {
      this.failure = `the text of p. ${page.page} is not loaded yet: open the page in the reading pane, then try again`;
      this.#explorer!.pageTexts.open(page);
      return;
    }
    this.editing = id;
    this.proposal = null;
    this.#open(draftFromCurated(curated), base, source);
    this.announcement = `Editing “${curated.title}”.`;
  }

  /** Deletes an event from its page's curation file, if nothing else in the curation needs it. */
  async deleteEvent(id: string): Promise<void> {
    const event = this.#explorer?.event(id);
    const path = event ? this.#pageFileOf(event.anchor.source) : null;
    const base = path ? await this.readFile<PageData>(path) : null;
    if (!event || !base) return;
    await this.write({
      done: `Deleted “${event.title}” from ${base.path}`,
      base,
      apply: (data) => withoutEvent(data as PageData, id),
      after: () => {
        if (this.#explorer?.selectedId === id) this.#explorer.select(null);
      },
    });
  }

  /**
   * Lets the next event chosen on the timeline (a click or Enter on its mark) be the
   * target of the draft's relation `index`, instead of being selected; `onpicked` then
   * runs (the form puts the focus back on the relation).
   */
  pickOnTimeline(index: number, onpicked: () => void): void {
    const explorer = this.#explorer;
    if (!explorer || !this.draft) return;
    this.picking = index;
    this.announcement =
      'Choose the related event on the timeline: click its mark, or press Enter on it. Escape stops.';
    explorer.picker = (id) => {
      const relation = this.draft?.relations[index];
      if (relation) relation.event = id;
      const title = explorer.event(id)?.title ?? id;
      this.stopPicking();
      this.announcement = `Relation ${index + 1} is now to “${title}”.`;
      onpicked();
    };
  }

  stopPicking(): void {
    this.picking = null;
    if (this.#explorer) this.#explorer.picker = null;
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

  /** Asks the extractor what saving the draft would bring, and how it reads its date; nothing is written. */
  async check(): Promise<void> {
    const change = this.#draftChange();
    if (!change || !this.draft) return;
    const serial = ++this.#checkSerial;
    this.checking = true;
    const reply = await this.api.check(
      change.base.path,
      change.apply(change.base.data),
      this.draft.id,
    );
    if (serial !== this.#checkSerial) return;
    this.checking = false;
    if ('failed' in reply) {
      this.failure = reply.failed;
      return;
    }
    this.problems = reply.problems;
    this.dateRead = reply.date;
  }

  /** Saves the draft into its page's curation file, if that file is still as it was read. */
  async save(): Promise<void> {
    const change = this.#draftChange();
    if (!change || this.saving) return;
    clearTimeout(this.#timer);
    this.#checkSerial += 1;
    this.checking = false;
    await this.write(change);
  }

  /** Writes a change based on the version it was read at; a conflict keeps it for the curator. */
  async write(change: FileChange, baseVersion = change.base.version): Promise<void> {
    this.saving = true;
    const reply = await this.api.save(
      change.base.path,
      baseVersion,
      change.apply(change.base.data),
    );
    this.saving = false;
    switch (reply.kind) {
      case 'saved':
        this.lastSave = {
          path: reply.path,
          done: change.done,
          diff: reply.diff,
          eventsWritten: reply.eventsWritten,
          remaining: reply.remaining,
        };
        this.conflict = null;
        this.refused = null;
        this.announcement = `${change.done}.${reply.eventsWritten ? ' The timeline is updated.' : ''}`;
        if (reply.eventsWritten) await this.reloadEvents();
        // The to-do list follows in its own time (a whole book's report takes a moment).
        void this.loadToDo();
        await change.after?.(reply.eventsWritten);
        return;
      case 'conflict':
        this.conflict = { ...reply, change };
        this.announcement = `Not saved: ${reply.path} changed on disk since it was read.`;
        return;
      case 'invalid':
        if (change.oninvalid) {
          change.oninvalid(reply.problems);
          this.announcement = `Not saved: ${reply.problems.length} problem(s) to fix.`;
        } else if (this.draft && change.base === this.base) {
          this.problems = reply.problems;
          this.announcement = `Not saved: ${reply.problems.length} problem(s) to fix, shown beside their fields.`;
        } else {
          this.refused = { done: change.done, problems: reply.problems };
          this.announcement = `Not done: the extractor finds ${reply.problems.length} problem(s).`;
        }
        return;
      case 'failed':
        this.failure = reply.message;
        this.announcement = `Not saved: ${reply.message}`;
    }
  }

  /** Resolves a conflict by applying the change again to the file as it is on disk now. */
  async applyToCurrent(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    const base = parseFile(conflict.current);
    // The form goes on from the file as it is now.
    if (conflict.change.base === this.base) this.base = base as ReadFile<PageData>;
    this.conflict = null;
    await this.write({ ...conflict.change, base });
  }

  /** Resolves a conflict by writing the curator's whole version over the file on disk, as the diff showed. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = null;
    await this.write(conflict.change, conflict.current.version);
  }

  /** Resolves a conflict by dropping the curator's change and taking the file as it is on disk. */
  async reloadTheirs(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = null;
    this.#close();
    await this.reloadEvents();
    this.announcement = `Your change was dropped; ${conflict.path} is as it is on disk.`;
  }

  cancel(): void {
    this.#close();
    this.announcement = 'The form is closed; nothing was saved.';
  }

  #close(): void {
    this.stopPicking();
    clearTimeout(this.#timer);
    this.#checkSerial += 1;
    this.draft = null;
    this.editing = null;
    this.base = null;
    this.proposal = null;
    this.problems = [];
    this.dateRead = null;
    this.checking = false;
  }

  /** The draft as a change to its page's file: added, or put in the place of the event edited. */
  #draftChange(): FileChange | null {
    const curated = this.curated;
    const base = this.base;
    if (!base || !curated || !this.draft) return null;
    const replacing = this.editing ?? undefined;
    return {
      done: `Saved “${curated.title}” to ${base.path}`,
      base,
      apply: (data) => withEvent(data as PageData, curated, replacing),
      after: async (eventsWritten) => {
        this.#close();
        // The event chosen, so its details and its passage show what was made.
        if (eventsWritten) this.#explorer?.select(curated.id, { reveal: true });
      },
    };
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function parseFile<T extends FileData>(file: VersionedFile): ReadFile<T> {
  return { path: file.path, version: file.version, data: JSON.parse(file.text) as T };
}
