/**
 * The curation files as the workbench reads and writes them. The files stay the
 * database: each read gives the file's text and its version (the SHA-256 of its
 * bytes); each save names the version it was based on and is refused with a
 * conflict when the file changed on disk since; a save is checked by the
 * extractor's own code (`loadProject` and `extract`, as `npm run extract` runs
 * them) with the new content in place of the file, and refused when it brings a
 * problem the curation did not have. Then the file is written atomically, and
 * events.json too when the whole curation is clean.
 */
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import {
  CurationError,
  formatProblem,
  type CurationProblem,
} from '../../extractor/curation/curationError';
import { readProject } from '../../extractor/curation/loadProject';
import { DateResolutionError, resolveEventDate } from '../../extractor/dates/resolveEventDate';
import { extract, type ExtractionResult, type WorkReport } from '../../extractor/extract';
import { formatCurationJson } from '../../extractor/output/formatCurationJson';
import {
  PAGE_TEXTS_FOLDER,
  readingTextFrom,
  removeUnusedPageTexts,
  splitPageTexts,
  stalePageTexts,
  textsApartByDefault,
  textsApartIn,
  writePageTexts,
} from '../../extractor/output/pageTextFiles';
import { serializeEvents } from '../../extractor/output/serializeEvents';
import {
  UnrestoredWriteError,
  writeAllAtomically,
  type FileSystem,
  type PlannedWrite,
} from '../../extractor/output/writeAtomically';
import { buildWorkReadingText } from '../../extractor/reading-text/workReadingText';
import type { ReadingTextRules } from '../../extractor/reading-text/buildReadingText';
import { findAnchorFrom, quoteSelector } from '../../extractor/anchoring/findAnchor';
import {
  describeReview,
  reanchor,
  type PlacedAnchor,
  type Reanchoring,
} from '../../extractor/anchoring/reanchor';
import {
  curatedAnchors,
  staleAnchorsOf,
  type StaleCuratedAnchor,
} from '../../extractor/anchoring/storedAnchors';
import { validateCurationFile } from '../../extractor/curation/validateCurationFile';
import { proposeDate, type DateProposal } from '../../extractor/tagger/proposeDate';
import { tagTemporalExpressions } from '../../extractor/tagger/tagger';
import type { CuratedEvent } from '../../extractor/curation/curationTypes';
import { windowToIso } from '../../lib/chronology/minutes';
import type { EventDate } from '../../lib/events/types';
import type { CurationPath, Refusal } from './requestChecks';
import { toDoItems, type ToDoItem } from './toDoList';

/** The SHA-256 of a file's bytes, in hex: what a save names as the version it was based on. */
export function versionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface VersionedFile {
  path: string;
  version: string;
  text: string;
}

export interface Extraction {
  result: ExtractionResult | null;
  problems: CurationProblem[];
}

/** What a check of a proposed file found: the problems it would bring, and those the curation has anyway. */
export interface CheckOutcome {
  text: string;
  introduced: CurationProblem[];
  remaining: CurationProblem[];
  extraction: Extraction;
}

/** A date as the app words it (`describeWindow`): its shape, flags and window. */
export type WordedDate = Pick<EventDate, 'shape' | 'window' | 'approximate' | 'uncertain'> &
  Partial<Pick<EventDate, 'estimate'>>;

/**
 * An event's date as the extractor reads it: `own`, what its EDTF, time and part of
 * day allow alone (null when an end is open or the date cannot be read), and
 * `tightened`, the window its relations leave, when the whole curation extracts.
 */
export interface DateReadBack {
  own: WordedDate | null;
  tightened: WordedDate | null;
}

/** The tagger's proposal for a passage of a page, its expressions' places given on that page. */
export type PageProposal = DateProposal | null;

/** One event's anchor after a change of the reading rules, with the file and index it is curated at. */
export type AnchorAfterRules = Reanchoring & {
  file: string;
  index: number;
  /** The curated passage as it is now. */
  anchor: string;
  /** For one to review: what the curator reads about it. */
  description?: string;
};

/** An anchor events.json records that the reading text now moves or edits, as the review queue shows it. */
export type AnchorToReview = AnchorAfterRules & { status: 'review' };

export type RulesPreview =
  | { kind: 'preview'; anchors: AnchorAfterRules[] }
  | { kind: 'invalid'; problems: CurationProblem[] };

/** One file of a save of several, with the version it was based on. */
export interface FileWrite {
  file: CurationPath;
  data: unknown;
  baseVersion: string;
}

export type SaveOutcome =
  | {
      kind: 'saved';
      path: string;
      version: string;
      /** The unified diff of what was written; empty when the file already said so. */
      diff: string;
      eventsWritten: boolean;
      remaining: CurationProblem[];
    }
  | { kind: 'conflict'; path: string; current: VersionedFile; yours: string; diff: string }
  | { kind: 'invalid'; path: string; problems: CurationProblem[] }
  | { kind: 'refused'; refusal: Refusal };

export class CurationStore {
  /** The project folder with every symbolic link in its own path resolved. */
  readonly root: string;
  readonly #listeners = new Set<(version: string) => void>();
  /** Saves run one after another: each is checked against what the one before it wrote. */
  #queue: Promise<unknown> = Promise.resolve();
  /**
   * Anchors events.json recorded that the reading text now moves or edits, by event id,
   * until the curator confirms or fixes them: kept here, since events.json, once written
   * again, records their new places.
   */
  readonly #review = new Map<string, StaleCuratedAnchor>();

  constructor(
    root: string,
    /** What writes go through; tests make a step of it fail. */
    private readonly fs: FileSystem = nodeFs,
  ) {
    this.root = realpathSync(root);
  }

  /**
   * Runs the extractor as `npm run extract` does, on disk or with one file replaced;
   * a file that cannot be read is left out and the rest still checked.
   */
  extract(replaced?: { path: string; text: string } | ReadonlyMap<string, string>): Extraction {
    const texts =
      replaced === undefined
        ? null
        : 'path' in replaced
          ? new Map([[replaced.path, replaced.text]])
          : replaced;
    const readFile = texts
      ? (path: string) => {
          const text = texts.get(path);
          return text === undefined ? readFileSync(path) : Buffer.from(text);
        }
      : undefined;
    const { project, problems } = readProject(this.root, { readFile });
    if (!project) return { result: null, problems };
    try {
      const result = extract(project);
      return problems.length > 0 ? { result: null, problems } : { result, problems };
    } catch (error) {
      if (!(error instanceof CurationError)) throw error;
      return { result: null, problems: [...problems, ...error.problems] };
    }
  }

  /**
   * Where a curation path leads on disk. Every part of it must be a real folder or
   * file, never a symbolic link: a link could lead out of the project, and the
   * atomic rename of a save would replace the link itself.
   */
  locate(file: CurationPath): string | Refusal {
    let at = this.root;
    for (const segment of file.path.split('/')) {
      at = join(at, segment);
      let stat;
      try {
        stat = lstatSync(at);
      } catch {
        return { status: 404, message: `${file.path}: no such file in the project` };
      }
      if (stat.isSymbolicLink()) {
        return {
          status: 403,
          message: `${file.path}: ${at === join(this.root, ...file.path.split('/')) ? 'the file' : 'a folder on its path'} is a symbolic link; the workbench reads and writes only the project's own files`,
        };
      }
    }
    // Belt and braces: the real path must still be inside the project.
    const real = realpathSync(at);
    if (!real.startsWith(this.root + sep)) {
      return { status: 403, message: `${file.path}: leads outside the project` };
    }
    if (!lstatSync(real).isFile()) {
      return { status: 403, message: `${file.path}: is not a file` };
    }
    return real;
  }

  read(file: CurationPath): VersionedFile | Refusal {
    const located = this.locate(file);
    if (typeof located !== 'string') return located;
    const bytes = readFileSync(located);
    return { path: file.path, version: versionOf(bytes), text: bytes.toString('utf8') };
  }

  /**
   * The date of event `id` in `data` (a page's curation) as the extractor reads it, from
   * the extraction of the curation with `data` in place when it succeeded.
   */
  readDate(data: unknown, id: string, extraction: Extraction | null): DateReadBack {
    const tightened = extraction?.result?.events.events.find((e) => e.id === id)?.date;
    const curated = (data as { events?: CuratedEvent[] } | null)?.events?.find?.(
      (e) => e?.id === id,
    );
    let own: WordedDate | null = null;
    if (curated?.date) {
      try {
        const resolved = resolveEventDate({
          ...curated.date,
          citations: curated.date.citations ?? [],
        });
        const bounds = [resolved.own.start.earliest, resolved.own.end.latest];
        if (bounds.every(Number.isFinite)) {
          own = {
            shape: resolved.date.shape,
            approximate: resolved.date.approximate,
            uncertain: resolved.date.uncertain,
            window: windowToIso(resolved.own),
            ...(resolved.date.estimate ? { estimate: resolved.date.estimate } : {}),
          };
        }
      } catch (error) {
        if (!(error instanceof DateResolutionError)) throw error;
      }
    }
    return {
      own,
      tightened: tightened
        ? {
            shape: tightened.shape,
            approximate: tightened.approximate,
            uncertain: tightened.uncertain,
            window: tightened.window,
            ...(tightened.estimate ? { estimate: tightened.estimate } : {}),
          }
        : null,
    };
  }

  /**
   * The tagger's proposed date for the passage `[start, end)` of a source page's reading
   * text, read from the work's joined text as the extractor reads it (the expressions of
   * the page and the one before it, as a stated date is checked against).
   */
  propose(source: string, start: number, end: number): PageProposal | Refusal {
    const { project } = readProject(this.root);
    for (const work of project?.works ?? []) {
      const index = work.pages.findIndex(
        (page) => `${work.work.data.id}-p${page.curation.data.page}` === source,
      );
      if (index < 0) continue;
      const text = buildWorkReadingText(
        work.pages.map((page) => ({ page: page.curation.data.page, raw: page.text.data })),
        work.rules.data,
      );
      const offset = text.pages[index]!.start;
      const from = text.pages[Math.max(0, index - 1)]!.start;
      const mentions = tagTemporalExpressions(text.text, {
        referenceYear: work.work.data.narrativeYear,
      }).filter((mention) => mention.index >= from);
      const proposal = proposeDate(mentions, { start: offset + start, end: offset + end });
      if (!proposal) return null;
      return {
        ...proposal,
        day: { ...proposal.day, index: proposal.day.index - offset },
        ...(proposal.detail
          ? { detail: { ...proposal.detail, index: proposal.detail.index - offset } }
          : {}),
      };
    }
    return { status: 404, message: `${source}: no such source page in the project` };
  }

  /**
   * Per work, what no event covers yet (the to-do list `npm run extract` prints), one
   * item a sentence; and the anchors to review.
   */
  report(): {
    problems: CurationProblem[];
    works: WorkReport[];
    toDo: ToDoItem[];
    review: AnchorToReview[];
  } {
    const review = this.anchorReview();
    const { result, problems } = this.extract();
    const works = result?.works ?? [];
    return { problems, works, toDo: toDoItems(works), review };
  }

  /**
   * What a work's new reading rules (a new OCR correction) do to its events' anchors:
   * the work's reading text built with the old rules and the new, and every anchor
   * found again in the new (`reanchor`): kept, or queued for the curator to confirm or
   * fix. Nothing is written.
   */
  previewRules(file: CurationPath, rules: unknown): RulesPreview | Refusal {
    if (file.kind !== 'readingRulesFile') {
      return { status: 400, message: `${file.path} is not a work's reading rules` };
    }
    const invalid = validateCurationFile('readingRulesFile', file.path, rules);
    if (invalid.length > 0) return { kind: 'invalid', problems: invalid };
    const { project } = readProject(this.root);
    const work = project?.works.find((w) => w.rules.file.split(sep).join('/') === file.path);
    if (!work) return { status: 404, message: `${file.path}: no work of the project reads it` };
    const pages = work.pages.map((page) => ({
      page: page.curation.data.page,
      raw: page.text.data,
    }));
    let before, after;
    try {
      before = buildWorkReadingText(pages, work.rules.data);
      after = buildWorkReadingText(pages, rules as ReadingTextRules);
    } catch (error) {
      return {
        kind: 'invalid',
        problems: [{ file: file.path, message: (error as Error).message }],
      };
    }
    if (before.text === after.text) {
      const added = (rules as ReadingTextRules).corrections.filter(
        (c) => !work.rules.data.corrections.some((old) => old.ocr === c.ocr),
      );
      const unused = new Set(after.unusedCorrections.map((c) => c.ocr));
      const named = added.find((c) => unused.has(c.ocr));
      return {
        kind: 'invalid',
        problems: [
          {
            file: file.path,
            field: 'corrections',
            message: named
              ? `OCR correction "${named.ocr}" matches nowhere in the work's text (as its lines are joined); nothing would change`
              : 'the new rules leave the reading text as it was; nothing would change',
          },
        ],
      };
    }
    const placed: (PlacedAnchor & { file: string; index: number; anchor: string })[] = [];
    work.pages.forEach((page, pageIndex) => {
      const at = before.pages[pageIndex]!;
      page.curation.data.events.forEach((event, index) => {
        const found = findAnchorFrom(before.text, event.anchor, at.start, at.start + at.length);
        if (!found.ok) return;
        placed.push({
          id: event.id,
          quote: quoteSelector(before.text, found.start, found.end),
          position: { start: found.start, end: found.end },
          file: page.curation.file.split(sep).join('/'),
          index,
          anchor: event.anchor,
        });
      });
    });
    const results = reanchor(before.text, after.text, placed);
    return {
      kind: 'preview',
      anchors: results.map((result, i) => ({
        ...result,
        file: placed[i]!.file,
        index: placed[i]!.index,
        anchor: placed[i]!.anchor,
        ...(result.status === 'review' ? { description: describeReview(result) } : {}),
      })),
    };
  }

  /**
   * Saves several files as one change (a correction and the anchors it moved): each
   * must still be the version it was read at, and the extractor's checks run on all of
   * them in place together; then each is written atomically, and events.json.
   */
  saveAll(files: readonly FileWrite[]): Promise<SaveOutcome> {
    const run = this.#queue.then(() => this.#saveAll(files));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #saveAll(files: readonly FileWrite[]): Promise<SaveOutcome> {
    const planned: { file: CurationPath; located: string; old: string; text: string }[] = [];
    for (const { file, data, baseVersion } of files) {
      const located = this.locate(file);
      if (typeof located !== 'string') return { kind: 'refused', refusal: located };
      const now = readFileSync(located);
      if (versionOf(now) !== baseVersion) {
        return this.#conflict(
          file,
          { path: file.path, version: versionOf(now), text: now.toString('utf8') },
          data,
        );
      }
      const text = await formatCurationJson(file.kind, data);
      planned.push({ file, located, old: now.toString('utf8'), text });
    }
    const before = this.extract();
    const after = this.extract(new Map(planned.map((p) => [p.located, p.text])));
    const known = new Set(before.problems.map(formatProblem));
    const introduced = after.problems.filter((problem) => !known.has(formatProblem(problem)));
    if (introduced.length > 0) {
      return {
        kind: 'invalid',
        path: planned.map((p) => p.file.path).join(', '),
        problems: introduced,
      };
    }
    // Read again with no await since: an editor may have written one while the checks ran.
    for (const [i, p] of planned.entries()) {
      const now = readFileSync(p.located);
      if (versionOf(now) !== files[i]!.baseVersion) {
        return this.#conflict(
          p.file,
          { path: p.file.path, version: versionOf(now), text: now.toString('utf8') },
          files[i]!.data,
        );
      }
    }
    const eventsWritten = this.#writeWithEvents(
      planned
        .filter((p) => p.text !== p.old)
        .map((p) => ({ path: p.located, content: p.text, previous: p.old })),
      after.result,
    );
    if (typeof eventsWritten !== 'boolean') return eventsWritten;
    return {
      kind: 'saved',
      path: planned.map((p) => p.file.path).join(', '),
      version: versionOf(planned[0]?.text ?? ''),
      diff: planned
        .filter((p) => p.text !== p.old)
        .map((p) => unifiedDiff(p.file.path, p.old, p.text))
        .join(''),
      eventsWritten,
      remaining: after.problems.filter((problem) => known.has(formatProblem(problem))),
    };
  }

  /** What saving `data` as this file would bring, without writing anything. */
  async check(file: CurationPath, data: unknown): Promise<CheckOutcome | Refusal> {
    const located = this.locate(file);
    if (typeof located !== 'string') return located;
    const text = await formatCurationJson(file.kind, data);
    const before = this.extract();
    const after = this.extract({ path: located, text });
    const known = new Set(before.problems.map(formatProblem));
    return {
      text,
      introduced: after.problems.filter((problem) => !known.has(formatProblem(problem))),
      remaining: after.problems.filter((problem) => known.has(formatProblem(problem))),
      extraction: after,
    };
  }

  /** Saves `data` as this file if it is still the version the curator started from. */
  save(file: CurationPath, data: unknown, baseVersion: string): Promise<SaveOutcome> {
    const run = this.#queue.then(() => this.#save(file, data, baseVersion));
    this.#queue = run.catch(() => {});
    return run;
  }

  async #save(file: CurationPath, data: unknown, baseVersion: string): Promise<SaveOutcome> {
    const before = this.read(file);
    if ('status' in before) return { kind: 'refused', refusal: before };
    if (before.version !== baseVersion) return this.#conflict(file, before, data);
    const checked = await this.check(file, data);
    if ('status' in checked) return { kind: 'refused', refusal: checked };
    if (checked.introduced.length > 0) {
      return { kind: 'invalid', path: file.path, problems: checked.introduced };
    }
    // From here to the write nothing awaits, so no other save can come in between; the
    // file is read again because an editor may have written it while the check ran.
    const located = this.locate(file) as string;
    const now = readFileSync(located);
    if (versionOf(now) !== baseVersion) {
      return this.#conflict(
        file,
        { path: file.path, version: versionOf(now), text: now.toString('utf8') },
        data,
      );
    }
    const old = now.toString('utf8');
    const eventsWritten = this.#writeWithEvents(
      checked.text === old ? [] : [{ path: located, content: checked.text, previous: old }],
      checked.extraction.result,
    );
    if (typeof eventsWritten !== 'boolean') return eventsWritten;
    return {
      kind: 'saved',
      path: file.path,
      version: versionOf(checked.text),
      diff: checked.text === old ? '' : unifiedDiff(file.path, old, checked.text),
      eventsWritten,
      remaining: checked.remaining,
    };
  }

  async #conflict(file: CurationPath, current: VersionedFile, data: unknown): Promise<SaveOutcome> {
    const yours = await formatCurationJson(file.kind, data);
    return {
      kind: 'conflict',
      path: file.path,
      current,
      yours,
      diff: createTwoFilesPatch(
        `${file.path} (on disk now)`,
        `${file.path} (your save)`,
        current.text,
        yours,
      ),
    };
  }

  /**
   * Writes the files and the events.json the extraction gives (when it differs) as one
   * change, all or nothing (`writeAllAtomically`); tells the listeners of a new
   * events.json. Whether events.json was written.
   */
  #writeWithEvents(
    files: PlannedWrite[],
    result: ExtractionResult | null,
  ): boolean | Extract<SaveOutcome, { kind: 'refused' }> {
    const path = this.eventsPath;
    const previous = existsSync(path) ? readFileSync(path, 'utf8') : null;
    // The page texts kept as the events.json on disk keeps them (`npm run extract
    // --texts` may have chosen either); without one, as `npm run extract` keeps them by
    // default (apart above 20 pages). Their files are named by their content, so
    // writing them first replaces nothing.
    const apart = result
      ? (textsApartIn(previous) ?? textsApartByDefault(result.events.sources.length))
      : false;
    const split = result && apart ? splitPageTexts(result.events) : null;
    const content = result ? serializeEvents(split ? split.events : result.events) : null;
    const events = content !== null && content !== previous ? { path, content, previous } : null;
    const all = events ? [...files, events] : files;
    const dir = dirname(path);
    // The page text files this save writes (missing or not as named): the only files
    // beside those of `all` a failure may leave changed.
    const textsToWrite = events && split ? stalePageTexts(dir, split.files) : [];
    try {
      if (events && split) writePageTexts(dir, split.files);
      writeAllAtomically(all, this.fs);
    } catch (error) {
      const names = all.map((file) => relative(this.root, file.path)).join(', ');
      const written = textsToWrite.filter((file) => existsSync(join(dir, file))).length;
      const folder = relative(this.root, join(dir, PAGE_TEXTS_FOLDER)).split(sep).join('/');
      const texts = `${written} page text file(s) written to ${folder}/`;
      return {
        kind: 'refused',
        refusal: {
          status: 500,
          message:
            error instanceof UnrestoredWriteError
              ? `not saved: writing ${names} failed (${error.message})${written > 0 ? `; and ${texts}` : ''}`
              : `not saved: writing ${names} failed (${(error as Error).message}); every file is as it was${written > 0 ? `, but for ${texts}, named by their content and by no events.json (harmless: the next save of events.json uses or removes them)` : ''}`,
        },
      };
    }
    if (!events) return false;
    removeUnusedPageTexts(dirname(path), split?.files ?? []);
    const version = versionOf(events.content);
    for (const listener of this.#listeners) listener(version);
    return true;
  }

  /**
   * The anchors to review: those events.json on disk records that the reading text the
   * curation gives now moves or edits (a page or the rules changed by hand), added to
   * those found before; one whose event is gone or whose passage the curation has
   * changed since it was queued (the curator fixed it) leaves the queue.
   */
  anchorReview(): AnchorToReview[] {
    const { project } = readProject(this.root);
    if (!project) return [];
    const recorded = existsSync(this.eventsPath) ? readFileSync(this.eventsPath, 'utf8') : null;
    const readText = readingTextFrom(dirname(this.eventsPath));
    for (const stale of staleAnchorsOf(project, recorded, readText))
      this.#review.set(stale.id, stale);
    const curated = curatedAnchors(project);
    const queue: AnchorToReview[] = [];
    for (const [id, entry] of this.#review) {
      const now = curated.get(id);
      if (!now || now.anchor !== entry.anchor) {
        this.#review.delete(id);
        continue;
      }
      queue.push({
        id,
        status: 'review',
        reason: entry.reason,
        old: entry.old,
        found: entry.found,
        expectedStart: entry.expectedStart,
        file: now.file.split(sep).join('/'),
        index: now.index,
        anchor: now.anchor,
        description: entry.description,
      });
    }
    return queue;
  }

  /**
   * The curator confirmed (or fixed, and saved) these queued anchors: they leave the
   * queue, and events.json is extracted again to record where they stand now.
   */
  resolveAnchors(ids: readonly string[]): Promise<Extraction> {
    const run = this.#queue.then(() => {
      for (const id of ids) this.#review.delete(id);
      return this.#extractAndWrite();
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * Brings events.json up to date with the curation on disk, as `npm run extract` would;
   * first the anchors it records that the text now moves are queued for review.
   */
  refreshEvents(): Extraction {
    this.anchorReview();
    return this.#extractAndWrite();
  }

  /** The extraction of the curation on disk, and events.json written from it; a failed write is one more problem. */
  #extractAndWrite(): Extraction {
    const extraction = this.extract();
    const written = extraction.result ? this.#writeWithEvents([], extraction.result) : false;
    if (typeof written === 'boolean') return extraction;
    return {
      result: null,
      problems: [...extraction.problems, { file: 'events.json', message: written.refusal.message }],
    };
  }

  /** Each source page's id in events.json and the curation file its events are kept in. */
  pageFiles(): { source: string; path: string }[] {
    const { project } = readProject(this.root);
    return (project?.works ?? []).flatMap((work) =>
      work.pages.map((page) => ({
        // As extract() names a page's source.
        source: `${work.work.data.id}-p${page.curation.data.page}`,
        path: page.curation.file.split(sep).join('/'),
      })),
    );
  }

  get eventsPath(): string {
    return join(this.root, 'events.json');
  }

  /** Calls `listener` with events.json's new version after each write of it; returns the unsubscribe. */
  onEventsWritten(listener: (version: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** A unified diff of one file, as `git diff` shows it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
  });
}
