import type { EventsFile, SourcePageWithText } from '../lib/events/types';
import { findAnchorFrom, quoteSelector } from './anchoring/findAnchor';
import {
  findUncoveredMentions,
  findUncoveredSentences,
  sentenceAround,
  type UncoveredSentence,
} from './coverage/findUncovered';
import { CurationError, type CurationProblem } from './curation/curationError';
import type { CuratedEvent, CurationProject, LoadedWork } from './curation/curationTypes';
import { checkStatedDate } from './curation/checkStatedDate';
import { checkReferences } from './curation/checkReferences';
import { checkOtherNames } from './curation/checkOtherNames';
import { eventPath } from './curation/curationError';
import { checkProseDates } from './curation/prose/checkProseDates';
import { checkWorkTitles } from './curation/checkWorkTitles';
import { checkAuthorities } from './curation/checkAuthorities';
import { resolveEventDate, DateResolutionError } from './dates/resolveEventDate';
import { solveWorkChronology, type PendingEvent } from './chronology/solveWorkChronology';
import { buildProjectReadingTexts, type WorkTextOutcome } from './reading-text/projectReadingTexts';
import { pageIndexAt, piecesOf, type WorkReadingText } from './reading-text/workReadingText';
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
  /** `sentence`: the sentence it stands in, in the same page's offsets as `at`. */
  uncoveredMentions: (TemporalMention & {
    page: number;
    at: number;
    sentence: { start: number; end: number; text: string };
  })[];
  uncoveredSentences: (UncoveredSentence & { page: number; at: number })[];
  unusedCorrections: string[];
}

export interface ExtractionResult {
  events: EventsFile<SourcePageWithText>;
  works: WorkReport[];
}

/**
 * Turns the curation project into events.json: builds each work's reading text (its
 * pages joined, so a passage may run over a page break), anchors every curated event
 * in it, resolves and checks its date, solves the relations over the whole project
 * (tightened windows, time order), and collects every problem before failing, so one
 * run shows the curator all there is to fix. `texts` are the works' reading texts when
 * the caller has built them already (`buildProjectReadingTexts`).
 */
export function extract(
  project: CurationProject,
  texts: readonly WorkTextOutcome[] = buildProjectReadingTexts(project),
): ExtractionResult {
  const problems: CurationProblem[] = [
    ...checkReferences(project),
    ...checkProseDates(project),
    ...checkWorkTitles(project),
    ...checkAuthorities(project),
  ];
  const sources: SourcePageWithText[] = [];
  const pending: PendingEvent[] = [];
  const works: WorkReport[] = [];

  const knownNames = [
    ...project.people.data.people.flatMap((person) => [person.name, ...person.aliases]),
    ...project.places.data.places.flatMap((place) => [place.name, ...place.aliases]),
  ];
  project.works.forEach((work, workIndex) => {
    const extracted = extractWork(work, texts[workIndex]!, knownNames, problems, workIndex);
    if (!extracted) return;
    sources.push(...extracted.sources);
    pending.push(...extracted.events);
    works.push(extracted.report);
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
      // The authority records are the curator's; events.json keeps to its schema.
      places: project.places.data.places.map(({ authority: _authority, ...place }) => place),
      events,
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
  built: WorkTextOutcome,
  knownNames: readonly string[],
  problems: CurationProblem[],
  workIndex: number,
): {
  sources: SourcePageWithText[];
  events: PendingEvent[];
  report: WorkReport;
} | null {
  const workId = work.work.data.id;
  if (!built.ok) {
    problems.push({ file: work.rules.file, message: built.error.message });
    return null;
  }
  const text = built.text;
  const mentions = tagTemporalExpressions(text.text, {
    referenceYear: work.work.data.narrativeYear,
  });
  const sourceIds = work.pages.map((page) => `${workId}-p${page.curation.data.page}`);

  const events: PendingEvent[] = [];
  const anchors: { start: number; end: number }[] = [];
  const usedMentions = new Set<TemporalMention>();
  work.pages.forEach((page, pageIndex) => {
    const curationFile = page.curation.file;
    // The mentions a stated date is checked against: this page's and the one before it.
    const near = mentionsBetween(
      mentions,
      text.pages[Math.max(0, pageIndex - 1)]!.start,
      text.pages[pageIndex + 1]?.start ?? text.text.length,
    );
    page.curation.data.events.forEach((curated, index) => {
      const built = buildEvent(
        curated,
        index,
        { text, pageIndex, sourceIds },
        near,
        usedMentions,
        curationFile,
        problems,
      );
      if (!built) return;
      anchors.push(built.workSpan);
      // Work, then page, then place on the page: the position in the sources.
      const position =
        (workIndex * 100_000 + page.curation.data.page) * 10_000_000 +
        built.event.anchor.position.start;
      events.push({
        event: built.event,
        resolved: built.resolved,
        file: curationFile,
        index,
        work: workIndex,
        position,
      });
    });
  });

  // What the curator judged not to be events counts as covered in the to-do list.
  work.pages.forEach((page, pageIndex) => {
    const placed = text.pages[pageIndex]!;
    (page.curation.data.notEvents ?? []).forEach((dismissed, index) => {
      const found = findAnchorFrom(
        text.text,
        dismissed.passage,
        placed.start,
        placed.start + placed.length,
      );
      if (found.ok) anchors.push({ start: found.start, end: found.end });
      else {
        problems.push({
          file: page.curation.file,
          field: `notEvents[${index}].passage`,
          message: found.reason,
        });
      }
    });
  });

  const locate = (at: number) => {
    const placed = text.pages[pageIndexAt(text, at)]!;
    return { page: placed.page, at: Math.max(0, at - placed.start) };
  };
  const metadata = {
    author: work.work.data.author,
    title: work.work.data.title,
    ...(work.work.data.subtitle ? { subtitle: work.work.data.subtitle } : {}),
    ...(work.work.data.sentenceCaseTitle
      ? { sentenceCaseTitle: work.work.data.sentenceCaseTitle }
      : {}),
    publisherPlace: work.work.data.publisherPlace,
    publisher: work.work.data.publisher,
    year: work.work.data.year,
  };
  return {
    sources: work.pages.map((page, pageIndex) => ({
      id: sourceIds[pageIndex]!,
      work: metadata,
      page: page.curation.data.page,
      provenance: page.curation.data.provenance,
      rawText: page.text.data,
      readingText: text.pages[pageIndex]!.reading.text,
    })),
    events,
    report: {
      work: workId,
      pageCount: work.pages.length,
      eventCount: events.length,
      uncoveredMentions: findUncoveredMentions(
        mentions.filter((mention) => !usedMentions.has(mention)),
        anchors,
      ).map((mention) => {
        const where = locate(mention.index);
        const sentence = sentenceAround(text.text, mention.index);
        const shift = where.at - mention.index;
        return {
          ...mention,
          ...where,
          sentence: {
            start: sentence.start + shift,
            end: sentence.end + shift,
            text: text.text.slice(sentence.start, sentence.end),
          },
        };
      }),
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
  return mentions.slice(lowerBound(mentions, from), lowerBound(mentions, to));
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
  index: number,
  where: { text: WorkReadingText; pageIndex: number; sourceIds: readonly string[] },
  mentions: readonly TemporalMention[],
  usedMentions: Set<TemporalMention>,
  file: string,
  problems: CurationProblem[],
):
  (Pick<PendingEvent, 'event' | 'resolved'> & { workSpan: { start: number; end: number } }) | null {
  const at = (field: string, message: string) =>
    problems.push({ file, item: curated.id, field: eventPath(index, field), message });

  const { text, pageIndex, sourceIds } = where;
  const page = text.pages[pageIndex]!;
  // The passage starts on its own page; it may run on over the page break.
  const anchored = findAnchorFrom(text.text, curated.anchor, page.start, page.start + page.length);
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

  const [first, ...rest] = piecesOf(text, anchored.start, anchored.end).map((piece) => {
    const raw = text.pages[piece.index]!.reading.map.toRaw(piece.start, piece.end);
    return {
      source: sourceIds[piece.index]!,
      position: { start: piece.start, end: piece.end },
      raw: { start: raw.start, end: raw.end },
    };
  });
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
        source: first!.source,
        quote: quoteSelector(text.text, anchored.start, anchored.end),
        position: first!.position,
        raw: first!.raw,
        ...(rest.length > 0 ? { continued: rest } : {}),
      },
      relations: curated.relations ?? [],
    },
    resolved,
    workSpan: { start: anchored.start, end: anchored.end },
  };
}
