/**
 * Anchors whose recorded place no longer matches their quote. events.json records
 * each event's anchor as the last extraction placed it (the quote with prefix and
 * suffix, and its position on its page's reading text); when a page or the reading
 * rules were changed by hand since (an editor, `git pull`), the reading text the
 * curation gives now may have moved or edited those passages. Each recorded anchor
 * is found again in the new text with the same code an OCR correction's preview
 * uses (`reanchor`), and those that moved or match only with errors are named, never
 * taken silently.
 */
import { joinPageTexts, keptPairsOf } from '../reading-text/workReadingText';
import {
  buildProjectReadingTexts,
  type WorkTextOutcome,
} from '../reading-text/projectReadingTexts';
import type { CurationProject } from '../curation/curationTypes';
import { describeReview, reanchor, type Reanchoring } from './reanchor';
import type { QuoteSelector } from './matchQuote';

/**
 * What events.json recorded that re-anchoring reads: each page's reading text (null
 * when it could not be read: a page text file missing or not that page's) and each
 * event's anchor.
 */
export interface RecordedAnchors {
  sources: readonly { id: string; readingText: string | null }[];
  events: readonly {
    id: string;
    anchor: { source: string; quote: QuoteSelector; position: { start: number; end: number } };
  }[];
}

/** A work's pages as the curation reads them now, in order. */
export interface CurrentWork {
  pages: readonly { source: string; readingText: string }[];
  /** The work's hyphenated compounds kept over a page break (`keptPairsOf`). */
  keptPairs: ReadonlySet<string>;
}

type Review = Extract<Reanchoring, { status: 'review' }>;

/** An anchor to review, its offsets on its page's reading text (the recorded one for `old`, the new for the rest). */
export type StaleAnchor = Review & {
  /** The page (source id) the anchor was recorded on. */
  source: string;
  /** The page the passage is found on now, when it is found. */
  foundSource: string | null;
  /** What moved, in words. */
  description: string;
};

/**
 * Every recorded anchor of `works` whose passage the text's change moved, edited,
 * made ambiguous or lost. Pages are joined into each work's text on both sides, so a
 * passage over a page break is found as the extractor finds it. A work with a page
 * whose recorded text could not be read is passed over: an empty text in its place
 * would report every anchor of the work as moved. (A page events.json does not record,
 * one added since, had no text then.)
 */
export function findStaleAnchors(
  recorded: RecordedAnchors,
  works: readonly CurrentWork[],
): StaleAnchor[] {
  const oldTexts = new Map(recorded.sources.map((s) => [s.id, s.readingText]));
  const stale: StaleAnchor[] = [];
  for (const work of works) {
    const sources = work.pages.map((p) => p.source);
    const oldPages = sources.map((id) => (oldTexts.has(id) ? oldTexts.get(id)! : ''));
    if (oldPages.some((text) => text === null)) continue;
    // Pages that all read as they did join as they did: the common case, without two joins of the book.
    if (oldPages.every((text, i) => text === work.pages[i]!.readingText)) continue;
    const before = joinPageTexts(oldPages as string[], work.keptPairs);
    const after = joinPageTexts(
      work.pages.map((p) => p.readingText),
      work.keptPairs,
    );
    if (before.text === after.text) continue;
    const pageOf = new Map(sources.map((id, i) => [id, i]));
    const anchors = recorded.events.filter((e) => pageOf.has(e.anchor.source));
    const placed = anchors.map((event) => {
      const offset = before.pages[pageOf.get(event.anchor.source)!]!.start;
      return {
        id: event.id,
        quote: event.anchor.quote,
        position: {
          start: event.anchor.position.start + offset,
          end: event.anchor.position.end + offset,
        },
      };
    });
    reanchor(before.text, after.text, placed).forEach((result, i) => {
      if (result.status !== 'review') return;
      const source = anchors[i]!.anchor.source;
      const oldStart = before.pages[pageOf.get(source)!]!.start;
      const pageAt = (at: number) => pageIndexAt(after.pages, at);
      const found = result.found;
      const foundPage = found ? pageAt(found.start) : null;
      const newStart = after.pages[foundPage ?? pageAt(result.expectedStart)]!.start;
      const onPage: Review = {
        ...result,
        old: { ...result.old, start: result.old.start - oldStart, end: result.old.end - oldStart },
        found: found
          ? { ...found, start: found.start - newStart, end: found.end - newStart }
          : null,
        expectedStart: result.expectedStart - newStart,
      };
      stale.push({
        ...onPage,
        source,
        foundSource: foundPage === null ? null : sources[foundPage]!,
        description: `${describeReview(onPage)}${foundPage !== null && sources[foundPage] !== source ? ` (now on ${sources[foundPage]})` : ''}`,
      });
    });
  }
  return stale;
}

/** The page whose text holds offset `at` of the joined text (the last that starts at or before it). */
function pageIndexAt(pages: readonly { start: number }[], at: number): number {
  let index = 0;
  while (index + 1 < pages.length && pages[index + 1]!.start <= at) index++;
  return index;
}

/** A stale anchor with the curation file and place of its event as the project has them now. */
export type StaleCuratedAnchor = StaleAnchor & {
  file: string;
  index: number;
  /** The passage the curation holds now. */
  anchor: string;
};

/**
 * Reads the reading text of a page events.json keeps apart, from the file it names
 * (`textFile`, relative to events.json's folder); null when it cannot.
 */
export type RecordedTextReader = (textFile: string, id: string) => string | null;

/**
 * The anchors events.json (its text, `recordedText`) recorded that the project's
 * reading text now moves or edits, for the events the project still curates; a page
 * whose texts events.json keeps apart is read with `readTextFile`. A missing or
 * unreadable events.json records nothing, and a work whose recorded texts cannot all
 * be read, or whose rules give no reading text now (extract() reports why), is passed
 * over. `texts` are the works' reading texts when the caller has built them already.
 */
export function staleAnchorsOf(
  project: CurationProject,
  recordedText: string | null,
  readTextFile: RecordedTextReader,
  texts?: readonly WorkTextOutcome[],
): StaleCuratedAnchor[] {
  const recorded = parseRecorded(recordedText, readTextFile);
  if (!recorded) return [];
  const built = texts ?? buildProjectReadingTexts(project);
  const works: CurrentWork[] = project.works.flatMap((work, w) => {
    const outcome = built[w]!;
    if (!outcome.ok) return [];
    return [
      {
        pages: work.pages.map((page, i) => ({
          // As extract() names a page's source.
          source: `${work.work.data.id}-p${page.curation.data.page}`,
          readingText: outcome.text.pages[i]!.reading.text,
        })),
        keptPairs: keptPairsOf(work.rules.data),
      },
    ];
  });
  const stale = findStaleAnchors(recorded, works);
  // Most runs find none, and need no index of the curated events.
  const curated: ReturnType<typeof curatedAnchors> =
    stale.length > 0 ? curatedAnchors(project) : new Map();
  return stale.flatMap((entry) => {
    const event = curated.get(entry.id);
    return event ? [{ ...entry, ...event }] : [];
  });
}

/** Each curated event's page file, its place there and its passage, by id. */
export function curatedAnchors(
  project: CurationProject,
): Map<string, { file: string; index: number; anchor: string }> {
  return new Map(
    project.works.flatMap((work) =>
      work.pages.flatMap((page) =>
        page.curation.data.events.map(
          (event, index) =>
            [event.id, { file: page.curation.file, index, anchor: event.anchor }] as const,
        ),
      ),
    ),
  );
}

function parseRecorded(
  text: string | null,
  readTextFile: RecordedTextReader,
): RecordedAnchors | null {
  if (text === null) return null;
  let data: { sources?: unknown; events?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  if (!Array.isArray(data.sources) || !Array.isArray(data.events)) return null;
  type Page = { id: string; readingText?: unknown; textFile?: unknown };
  const pages = (data.sources as unknown[]).filter(
    (page): page is Page => typeof page === 'object' && page !== null,
  );
  const sources = pages.map((page) => ({
    id: page.id,
    readingText:
      typeof page.readingText === 'string'
        ? page.readingText
        : typeof page.textFile === 'string'
          ? readTextFile(page.textFile, page.id)
          : null,
  }));
  return { sources, events: data.events as RecordedAnchors['events'] };
}
