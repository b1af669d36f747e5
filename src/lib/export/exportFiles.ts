/** The three downloads of the export menu, as text ready for a Blob. Pure. */
import type { Calendar } from '../calendar/julianDay';
import type { EventsFile, TimelineEvent } from '../events/types';
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

/** A file-name stem from the source: "stormy-passage-p376". */
export function fileStem(file: Pick<EventsFile, 'sources'>): string {
  const source = file.sources[0];
  return source ? source.id : 'events';
}

/** The file for one format, holding `events` (the current selection, after filters). */
export function exportFile(
  format: ExportFormat,
  file: EventsFile,
  events: readonly TimelineEvent[],
  primary: Calendar = 'gregorian',
): ExportFile {
  const stem = fileStem(file);
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
