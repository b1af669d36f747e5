import type { EventsFile, SourcePage, TimelineEvent } from '../lib/events/types';
import { findAnchorFrom, quoteSelector } from './anchoring/findAnchor';
import {
  findUncoveredMentions,
  findUncoveredSentences,
  type UncoveredSentence,
} from './coverage/findUncovered';
import { CurationError, type CurationProblem } from './curation/curationError';
import type {
  CuratedEvent,
  CurationProject,
  LoadedWork,
} from './curation/curationTypes';
import { checkStatedDate } from './curation/checkStatedDate';
import { checkReferences } from './curation/checkReferences';
import { checkOtherNames } from './curation/checkOtherNames';
import { resolveEventDate, DateResolutionError } from './dates/resolveEventDate';
import {
  buildWorkReadingText,
  pageIndexAt,
  piecesOf,
  type WorkReadingText,
} from './reading-text/workReadingText';
import { tagTemporalExpressions } from './tagger/tagger';
import type { TemporalMention } from './tagger/types';

/**
 * What the curator should look at next, for a whole work: what its pages say that no
 * event covers yet (each with its page), and the OCR corrections no page needed.
 */
export interface WorkReport {
  work: string;
  pageCount: number;
  eventCount: number;
  uncoveredMentions: (TemporalMention & { page: number; at: number })[];
  uncoveredSentences: (UncoveredSentence & { page: number; at: number })[];
  unusedCorrections: string[];
}

export interface ExtractionResult {
  events: EventsFile;
  works: WorkReport[];
}

/**
 * Turns the curation project into events.json: builds each page's reading text,
 * anchors every curated event in it, resolves and checks its date, and collects
 * every problem before failing, so one run shows the curator all there is to fix.
 */
export function extract(project: CurationProject): ExtractionResult {
  const problems: CurationProblem[] = [...checkReferences(project)];
  const sources: SourcePage[] = [];
  const events: (TimelineEvent & { order: number })[] = [];
  const works: WorkReport[] = [];

  const knownNames = [
    ...project.people.data.people.flatMap((person) => [person.name, ...person.aliases]),
    ...project.places.data.places.flatMap((place) => [place.name, ...place.aliases]),
  ];
  project.works.forEach((work, workIndex) => {
    const extracted = extractWork(work, knownNames, problems, workIndex);
    if (!extracted) return;
    sources.push(...extracted.sources);
    events.push(...extracted.events);
    works.push(extracted.report);
  });

  problems.push(...checkOtherNames(project, sources));

  const timed = new Map(events.map((event) => [event.id, event]));
  const fileOfEvent = new Map(
    project.works.flatMap((work) =>
      work.pages.flatMap((page) =>
        page.curation.data.events.map((curated) => [curated.id, page.curation.file] as const),
      ),
    ),
  );
  for (const event of events) {
    const file = fileOfEvent.get(event.id) ?? '(unknown file)';
    problems.push(...checkRelationOrder(event, timed, file));
  }

  if (problems.length > 0) throw new CurationError(problems);

  events.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      a.order - b.order ||
      a.anchor.position.start - b.anchor.position.start,
  );
  return {
    events: {
      $schema: './schema/events.schema.json',
      formatVersion: 1,
      sources,
      lanes: project.lanes.data.lanes,
      people: project.people.data.people.map(({ id, name, role, aliases, otherNames }) => ({
        id,
        name,
        role,
        aliases,
        ...(otherNames ? { otherNames } : {}),
      })),
      places: project.places.data.places,
      events: events.map(({ order: _order, ...event }) => event),
    },
    works,
  };
}

/**
 * One work: its pages' reading texts joined into one, so a passage may run over a page
 * break; each page's events anchored on it (a passage starts on its own page), and the
 * work's to-do list and notes.
 */
function extractWork(
  work: LoadedWork,
  knownNames: readonly string[],
  problems: CurationProblem[],
  workIndex: number,
): {
  sources: SourcePage[];
  events: (TimelineEvent & { order: number })[];
  report: WorkReport;
} | null {
  const workId = work.work.data.id;
  let text: WorkReadingText;
  try {
    text = buildWorkReadingText(
      work.pages.map((page) => ({ page: page.curation.data.page, raw: page.text.data })),
      work.rules.data,
    );
  } catch (error) {
    problems.push({ file: work.rules.file, message: (error as Error).message });
    return null;
  }
  const mentions = tagTemporalExpressions(text.text, {
    referenceYear: work.work.data.narrativeYear,
  });
  const sourceIds = work.pages.map((page) => `${workId}-p${page.curation.data.page}`);

  const events: (TimelineEvent & { order: number; workSpan: { start: number; end: number } })[] =
    [];
  const usedMentions = new Set<TemporalMention>();
  work.pages.forEach((page, index) => {
    // The mentions a stated date is checked against: this page's and the one before it.
    const near = mentionsBetween(
      mentions,
      text.pages[Math.max(0, index - 1)]!.start,
      text.pages[index + 1]?.start ?? text.text.length,
    );
    for (const curated of page.curation.data.events) {
      const event = buildEvent(
        curated,
        { text, index, sourceIds },
        near,
        usedMentions,
        page.curation.file,
        problems,
      );
      if (event) events.push({ ...event, order: workIndex * 100_000 + page.curation.data.page });
    }
  });

  const anchors = events.map((event) => event.workSpan);
  const locate = (at: number) => {
    const index = pageIndexAt(text, at);
    const placed = text.pages[index]!;
    return { page: placed.page, at: Math.max(0, at - placed.start) };
  };
  const metadata = {
    author: work.work.data.author,
    title: work.work.data.title,
    ...(work.work.data.subtitle ? { subtitle: work.work.data.subtitle } : {}),
    publisherPlace: work.work.data.publisherPlace,
    publisher: work.work.data.publisher,
    year: work.work.data.year,
  };
  return {
    sources: work.pages.map((page, index) => ({
      id: sourceIds[index]!,
      work: metadata,
      page: page.curation.data.page,
      provenance: page.curation.data.provenance,
      rawText: page.text.data,
      readingText: text.pages[index]!.reading.text,
    })),
    events: events.map(({ workSpan: _span, ...event }) => event),
    report: {
      work: workId,
      pageCount: work.pages.length,
      eventCount: events.length,
      uncoveredMentions: findUncoveredMentions(
        mentions.filter((mention) => !usedMentions.has(mention)),
        anchors,
      ).map((mention) => ({ ...mention, ...locate(mention.index) })),
      uncoveredSentences: findUncoveredSentences(text.text, anchors, knownNames).map(
        (sentence) => ({ ...sentence, ...locate(sentence.start) }),
      ),
      unusedCorrections: text.unusedCorrections.map((correction) => correction.ocr),
    },
  };
}

/** The mentions starting in `[from, to)` of the text; `mentions` are in text order. */
function mentionsBetween(
  mentions: readonly TemporalMention[],
  from: number,
  to: number,
): TemporalMention[] {
  const first = lowerBound(mentions, from);
  const last = lowerBound(mentions, to);
  return mentions.slice(first, last);
}

function lowerBound(mentions: readonly TemporalMention[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.index < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function buildEvent(
  curated: CuratedEvent,
  where: { text: WorkReadingText; index: number; sourceIds: readonly string[] },
  mentions: readonly TemporalMention[],
  usedMentions: Set<TemporalMention>,
  file: string,
  problems: CurationProblem[],
): (TimelineEvent & { workSpan: { start: number; end: number } }) | null {
  const at = (field: string, message: string) =>
    problems.push({ file, item: curated.id, field, message });

  const { text, index, sourceIds } = where;
  const page = text.pages[index]!;
  // The passage starts on its own page; it may run on over the page break.
  const anchored = findAnchorFrom(text.text, curated.anchor, page.start, page.start + page.length);
  if (!anchored.ok) at('anchor', anchored.reason);

  let date;
  try {
    date = resolveEventDate({ ...curated.date, citations: curated.date.citations ?? [] });
  } catch (error) {
    if (!(error instanceof DateResolutionError)) throw error;
    at(error.field, error.reason);
  }
  if (!anchored.ok || !date) return null;

  if (date.basis === 'stated') {
    const check = checkStatedDate(date, anchored, mentions);
    if (check.problem) at('date', check.problem);
    for (const mention of check.usedMentions) usedMentions.add(mention);
  }

  const [first, ...rest] = piecesOf(text, anchored.start, anchored.end).map((piece) => {
    const raw = text.pages[piece.index]!.reading.map.toRaw(piece.start, piece.end);
    return {
      source: sourceIds[piece.index]!,
      position: { start: piece.start, end: piece.end },
      raw: { start: raw.start, end: raw.end },
    };
  });
  return {
    id: curated.id,
    title: curated.title,
    summary: curated.summary,
    type: curated.type,
    lane: curated.lane,
    people: curated.people,
    places: curated.places,
    date,
    anchor: {
      source: first!.source,
      quote: quoteSelector(text.text, anchored.start, anchored.end),
      position: first!.position,
      raw: first!.raw,
      ...(rest.length > 0 ? { continued: rest } : {}),
    },
    relations: curated.relations ?? [],
    workSpan: { start: anchored.start, end: anchored.end },
  };
}

/** "A after B" cannot hold when A is over before B begins; likewise for "before". */
function checkRelationOrder(
  event: TimelineEvent,
  byId: ReadonlyMap<string, TimelineEvent>,
  file: string,
): CurationProblem[] {
  return event.relations.flatMap((relation, index) => {
    const other = byId.get(relation.event);
    if (!other) return [];
    const contradicts =
      (relation.kind === 'after' && event.date.end < other.date.start) ||
      (relation.kind === 'before' && event.date.start > other.date.end) ||
      ((relation.kind === 'during' || relation.kind === 'part-of') &&
        (event.date.end < other.date.start || event.date.start > other.date.end));
    if (!contradicts) return [];
    return [
      {
        file,
        item: event.id,
        field: `relations/${index}`,
        message: `"${relation.kind} ${other.id}" contradicts the dates: ${event.date.start}–${event.date.end} against ${other.date.start}–${other.date.end}`,
      },
    ];
  });
}
