/** The three downloads of the export menu, as text ready for a Blob. Pure. */
import type { Calendar } from '../calendar/julianDay';
import type { EventsFile, TimelineEvent } from '../events/types';
import { passageParts } from '../events/bookPages';
import { eventsToCsv } from './eventsCsv';
import { selectionJson } from './selectionFile';
import { timelineJsJson } from './timelineJs';

export type ExportFormat = 'csv' | 'json' | 'timelinejs';

export interface ExportFile {
  filename: string;
  /** MIME type with charset, for the Blob. */
  type: string;
  text: string;
}

/** Excel reads UTF-8 CSV correctly only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * A file-name stem from the work and the pages the events' passages lie on:
 * "stormy-passage-p376", "a-memoir-of-november-p12-340"; "events" with no pages.
 */
export function fileStem(
  file: Pick<EventsFile, 'sources'>,
  events: readonly Pick<TimelineEvent, 'anchor'>[] = [],
): string {
  const pagesById = new Map(file.sources.map((page) => [page.id, page]));
  // The pages of events.json the passages lie on (not those a lone page's edges guess).
  const pages = events.flatMap((event) =>
    passageParts(event.anchor).flatMap((part) => pagesById.get(part.source)?.page ?? []),
  );
  const first = file.sources[0];
  if (!first) return 'events';
  const work = slug(first.work.title) || 'events';
  if (pages.length === 0) return `${work}-p${first.page}`;
  const [from, to] = [Math.min(...pages), Math.max(...pages)];
  return from === to ? `${work}-p${from}` : `${work}-p${from}-${to}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The file for one format, holding `events` (the current selection, after filters). */
export function exportFile(
  format: ExportFormat,
  file: EventsFile,
  events: readonly TimelineEvent[],
  primary: Calendar = 'gregorian',
): ExportFile {
  const stem = fileStem(file, events);
  switch (format) {
    case 'csv':
      return {
        filename: `${stem}-events.csv`,
        type: 'text/csv;charset=utf-8',
        text: BOM + eventsToCsv(file, events),
      };
    case 'json':
      return {
        filename: `${stem}-events.json`,
        type: 'application/json;charset=utf-8',
        text: selectionJson(file, events),
      };
    case 'timelinejs':
      return {
        filename: `${stem}-timelinejs.json`,
        type: 'application/json;charset=utf-8',
        text: timelineJsJson(file, events, { primary }),
      };
  }
}
