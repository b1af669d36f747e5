import type { EventsFile, SourcePage } from '../lib/events/types';
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
import { eventPath } from './curation/curationError';
import { checkProseDates } from './curation/prose/checkProseDates';
import { checkWorkTitles } from './curation/checkWorkTitles';
import { resolveEventDate, DateResolutionError } from './dates/resolveEventDate';
import { solveWorkChronology, type PendingEvent } from './chronology/solveWorkChronology';
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
 * anchors every curated event in it, resolves and checks its date, solves the
 * relations over the whole project (tightened windows, time order), and collects
 * every problem before failing, so one run shows the curator all there is to fix.
 */
export function extract(project: CurationProject): ExtractionResult {
  const problems: CurationProblem[] = [
    ...checkReferences(project),
    ...checkProseDates(project),
    ...checkWorkTitles(project),
  ];
  const sources: SourcePage[] = [];
  const pending: PendingEvent[] = [];
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
      pending.push(...extracted.events);
      pages.push(extracted.report);
    }
  });

  problems.push(...checkOtherNames(project, sources));

  // Relations to unknown events or to the event itself are already problems.
  const events = problems.length === 0 ? solveWorkChronology(pending, problems) : null;
  if (problems.length > 0 || !events) throw new CurationError(problems);

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
      events,
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
  events: PendingEvent[];
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

  const events: PendingEvent[] = [];
  const usedMentions = new Set<TemporalMention>();
  page.curation.data.events.forEach((curated, index) => {
    const built = buildEvent(
      curated,
      index,
      sourceId,
      reading,
      mentions,
      usedMentions,
      curationFile,
      problems,
    );
    if (!built) return;
    // Work, then page, then place on the page: the position in the sources.
    const position =
      (workIndex * 100_000 + page.curation.data.page) * 10_000_000 +
      built.event.anchor.position.start;
    events.push({ ...built, file: curationFile, index, work: workIndex, position });
  });

  const anchors = events.map((pendingEvent) => pendingEvent.event.anchor.position);
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
  index: number,
  sourceId: string,
  reading: ReturnType<typeof buildReadingText>,
  mentions: readonly TemporalMention[],
  usedMentions: Set<TemporalMention>,
  file: string,
  problems: CurationProblem[],
): Pick<PendingEvent, 'event' | 'resolved'> | null {
  const at = (field: string, message: string) =>
    problems.push({ file, item: curated.id, field: eventPath(index, field), message });

  const anchored = findAnchor(reading.text, curated.anchor);
  if (!anchored.ok) at('anchor', anchored.reason);

  let resolved;
  try {
    resolved = resolveEventDate({ ...curated.date, citations: curated.date.citations ?? [] });
  } catch (error) {
    if (!(error instanceof DateResolutionError)) throw error;
    at(error.field, error.reason);
  }
  if (!anchored.ok || !resolved) return null;

  if (resolved.date.basis === 'stated') {
    const check = checkStatedDate({ ...resolved.date, own: resolved.own }, anchored, mentions);
    if (check.problem) at('date', check.problem);
    for (const mention of check.usedMentions) usedMentions.add(mention);
  }

  const raw = reading.map.toRaw(anchored.start, anchored.end);
  return {
    event: {
      id: curated.id,
      title: curated.title,
      summary: curated.summary,
      type: curated.type,
      lane: curated.lane,
      people: curated.people,
      places: curated.places,
      anchor: {
        source: sourceId,
        quote: quoteSelector(reading.text, anchored.start, anchored.end),
        position: { start: anchored.start, end: anchored.end },
        raw: { start: raw.start, end: raw.end },
      },
      relations: curated.relations ?? [],
    },
    resolved,
  };
}
