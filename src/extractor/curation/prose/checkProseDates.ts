/**
 * Dates in prose must follow the calendar switch, so the curation writes them as
 * marks (`{{1917-11-07}}`, see `src/lib/prose/proseMarks.ts`). This checks every
 * prose text of the curation (each `summary`, `role`, `rationale`, `note` and
 * `description`, wherever it sits, so fields added later are checked too): each mark
 * is a real day, and no day-and-month is written out in the curator's own words.
 * Quotations keep the source's dates, and hold no marks. Titles and lane labels, which
 * are drawn as written, hold no date at all.
 */
import { proseFields } from '../../../lib/prose/proseFields';
import { MARK_FORMS, markProblems, proseSegments } from '../../../lib/prose/proseMarks';
import type { CurationProblem } from '../curationError';
import type { CurationProject } from '../curationTypes';
import { findUnmarkedDates } from './findUnmarkedDates';
import { findQuotations, masked } from './quotations';

export type TextKind = 'prose' | 'title';

export interface CheckOptions {
  /** The year of a date written without one, for the mark the message suggests. */
  defaultYear?: number;
}

/** Where each segment of a text starts, with the segment. */
function placedSegments(text: string) {
  let at = 0;
  return proseSegments(text).map((segment) => {
    const start = at;
    at += segment.kind === 'text' ? segment.text.length : segment.mark.length;
    return { segment, start, end: at };
  });
}

/** What is wrong with the dates of one text, one message each; none when all is well. */
export function checkProseText(
  text: string,
  kind: TextKind,
  { defaultYear }: CheckOptions = {},
): string[] {
  // No digit, brace or quotation mark: nothing to check (most titles and many notes).
  if (!/[\d{}"“”«»]/.test(text)) return [];
  const problems: string[] = [];
  const segments = placedSegments(text);
  const marks = segments.filter(({ segment }) => segment.kind !== 'text');
  if (kind === 'title') {
    for (const { segment } of marks) {
      if (segment.kind !== 'text') {
        problems.push(
          `"${segment.mark}": a title is shown as written, so it cannot hold a date mark; the event's date is shown beside it`,
        );
      }
    }
  } else {
    problems.push(...markProblems(text));
  }

  const quotations = findQuotations(text);
  problems.push(...quotations.problems);
  for (const { segment, start } of marks) {
    if (segment.kind === 'text' || kind === 'title') continue;
    if (quotations.ranges.some(({ open, close }) => open < start && start < close)) {
      problems.push(
        `"${segment.mark}" is inside a quotation, which keeps the source's own words: ` +
          `quote the date as the source writes it, and gloss it after the quotation (${MARK_FORMS})`,
      );
    }
  }

  const ownWords = masked(text, [
    ...marks.map(({ start, end }) => ({ start, end })),
    ...quotations.ranges.map(({ open, close }) => ({ start: open + 1, end: close })),
  ]);
  for (const found of findUnmarkedDates(ownWords, { defaultYear })) {
    problems.push(
      kind === 'title'
        ? `"${found.words}" is a date in a title, which is shown as written and cannot follow the calendar switch: leave the date to the event's date`
        : `"${found.words}" is a date written out, which cannot follow the calendar switch: ${found.advice}`,
    );
  }
  return problems;
}

/** The dates in the prose of every curation file: pages, people, places and lanes. */
export function checkProseDates(project: CurationProject): CurationProblem[] {
  const problems: CurationProblem[] = [];
  const check = (
    file: string,
    item: string,
    field: string,
    text: string,
    kind: TextKind,
    defaultYear: number | undefined,
  ) => {
    for (const message of checkProseText(text, kind, { defaultYear })) {
      problems.push({ file, item, field, message });
    }
  };
  // People, places and lanes belong to no one work: their dates without a year are the first work's.
  const projectYear = project.works[0]?.work.data.narrativeYear;

  for (const work of project.works) {
    const year = work.work.data.narrativeYear;
    for (const page of work.pages) {
      page.curation.data.events.forEach((event, index) => {
        const { file } = page.curation;
        check(file, event.id, `events/${index}/title`, event.title, 'title', year);
        for (const { path, text } of proseFields(event)) {
          check(file, event.id, `events/${index}/${path}`, text, 'prose', year);
        }
      });
    }
  }
  const lists = [
    { kind: 'people', file: project.people.file, items: project.people.data.people },
    { kind: 'places', file: project.places.file, items: project.places.data.places },
    { kind: 'lanes', file: project.lanes.file, items: project.lanes.data.lanes },
  ] as const;
  for (const { kind, file, items } of lists) {
    items.forEach((item, index) => {
      if ('label' in item)
        check(file, item.id, `${kind}/${index}/label`, item.label, 'title', projectYear);
      for (const { path, text } of proseFields(item)) {
        check(file, item.id, `${kind}/${index}/${path}`, text, 'prose', projectYear);
      }
    });
  }
  return problems;
}
