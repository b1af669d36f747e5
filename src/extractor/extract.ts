import type { EventsFile, SourcePage, TimelineEvent } from '../lib/events/types';
import { findAnchor, quoteSelector } from './anchoring/findAnchor';
import {
  findUncoveredMentions,
  findUncoveredSentences,
  type UncoveredSentence,
} from './coverage/findUncovered';
import { CurationError, type CurationProblem } from './curation/curationError';
import type {
  CuratedEvent,
  CurationProject,
  LoadedPage,
  LoadedWork,
} from './curation/curationTypes';
import { checkStatedDate } from './curation/checkStatedDate';
import { checkReferences } from './curation/checkReferences';
import { checkOtherNames } from './curation/checkOtherNames';
import { checkWorkTitles } from './curation/checkWorkTitles';
import { resolveEventDate, DateResolutionError } from './dates/resolveEventDate';
import { buildReadingText } from './reading-text/buildReadingText';
import { tagTemporalExpressions } from './tagger/tagger';
import type { TemporalMention } from './tagger/types';

/** What the curator should look at next: what the page says that no event covers yet. */
export interface PageReport {
  source: string;
  eventCount: number;
  uncoveredMentions: TemporalMention[];
  uncoveredSentences: UncoveredSentence[];
  unusedCorrections: string[];
}

export interface ExtractionResult {
  events: EventsFile;
  pages: PageReport[];
}

/**
 * Turns the curation project into events.json: builds each page's reading text,
 * anchors every curated event in it, resolves and checks its date, and collects
 * every problem before failing, so one run shows the curator all there is to fix.
 */
export function extract(project: CurationProject): ExtractionResult {
  const problems: CurationProblem[] = [...checkReferences(project), ...checkWorkTitles(project)];
  const sources: SourcePage[] = [];
  const events: (TimelineEvent & { order: number })[] = [];
  const pages: PageReport[] = [];

  const knownNames = [
    ...project.people.data.people.flatMap((person) => [person.name, ...person.aliases]),
    ...project.places.data.places.flatMap((place) => [place.name, ...place.aliases]),
  ];
  project.works.forEach((work, workIndex) => {
    for (const page of work.pages) {
      const extracted = extractPage(work, page, knownNames, problems, workIndex);
      if (!extracted) continue;
      sources.push(extracted.source);
      events.push(...extracted.events);
      pages.push(extracted.report);
    }
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
    pages,
  };
}

function extractPage(
  work: LoadedWork,
  page: LoadedPage,
  knownNames: readonly string[],
  problems: CurationProblem[],
  workIndex: number,
): {
  source: SourcePage;
  events: (TimelineEvent & { order: number })[];
  report: PageReport;
} | null {
  const curationFile = page.curation.file;
  const sourceId = `${work.work.data.id}-p${page.curation.data.page}`;
  let reading;
  try {
    reading = buildReadingText(page.text.data, work.rules.data);
  } catch (error) {
    problems.push({ file: work.rules.file, message: (error as Error).message });
    return null;
  }
  const mentions = tagTemporalExpressions(reading.text, {
    referenceYear: work.work.data.narrativeYear,
  });

  const events: (TimelineEvent & { order: number })[] = [];
  const usedMentions = new Set<TemporalMention>();
  for (const curated of page.curation.data.events) {
    const event = buildEvent(
      curated,
      sourceId,
      reading,
      mentions,
      usedMentions,
      curationFile,
      problems,
    );
    if (event) events.push({ ...event, order: workIndex * 100_000 + page.curation.data.page });
  }

  const anchors = events.map((event) => event.anchor.position);
  return {
    source: {
      id: sourceId,
      work: {
        author: work.work.data.author,
        title: work.work.data.title,
        ...(work.work.data.subtitle ? { subtitle: work.work.data.subtitle } : {}),
        ...(work.work.data.sentenceCaseTitle
          ? { sentenceCaseTitle: work.work.data.sentenceCaseTitle }
          : {}),
        publisherPlace: work.work.data.publisherPlace,
        publisher: work.work.data.publisher,
        year: work.work.data.year,
      },
      page: page.curation.data.page,
      provenance: page.curation.data.provenance,
      rawText: page.text.data,
      readingText: reading.text,
    },
    events,
    report: {
      source: sourceId,
      eventCount: events.length,
      uncoveredMentions: findUncoveredMentions(
        mentions.filter((mention) => !usedMentions.has(mention)),
        anchors,
      ),
      uncoveredSentences: findUncoveredSentences(reading.text, anchors, knownNames),
      unusedCorrections: reading.unusedCorrections.map((correction) => correction.ocr),
    },
  };
}

function buildEvent(
  curated: CuratedEvent,
  sourceId: string,
  reading: ReturnType<typeof buildReadingText>,
  mentions: readonly TemporalMention[],
  usedMentions: Set<TemporalMention>,
  file: string,
  problems: CurationProblem[],
): TimelineEvent | null {
  const at = (field: string, message: string) =>
    problems.push({ file, item: curated.id, field, message });

  const anchored = findAnchor(reading.text, curated.anchor);
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

  const raw = reading.map.toRaw(anchored.start, anchored.end);
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
      source: sourceId,
      quote: quoteSelector(reading.text, anchored.start, anchored.end),
      position: { start: anchored.start, end: anchored.end },
      raw: { start: raw.start, end: raw.end },
    },
    relations: curated.relations ?? [],
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
