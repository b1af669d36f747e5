import type { EventsFile } from '../../lib/events/types';
import type { WorkReport } from '../extract';

/**
 * The few lines a curator reads after a run: events per day, then for each work what
 * its pages say that no event covers (with the page and the offset in its reading
 * text), and one note for the OCR corrections no page of the work needed.
 */
export function summarize(events: EventsFile, works: readonly WorkReport[]): string[] {
  const perDay = new Map<string, number>();
  for (const event of events.events) {
    const day = event.date.window.start.earliest.slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const pageCount = works.reduce((sum, work) => sum + work.pageCount, 0);
  const lines = [
    `${events.events.length} events from ${pageCount} page${pageCount === 1 ? '' : 's'}`,
    // Time order follows the relations, so a day may come back: list the days in order.
    ...[...perDay]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, count]) => `  ${day}: ${count} event${count === 1 ? '' : 's'}`),
  ];
  for (const work of works) {
    for (const mention of work.uncoveredMentions) {
      lines.push(
        `  to do ${work.work} p. ${mention.page}: date expression "${mention.text}" at ${mention.at} is in no event's passage`,
      );
    }
    for (const sentence of work.uncoveredSentences) {
      lines.push(
        `  to do ${work.work} p. ${sentence.page}: "${sentence.text.slice(0, 70)}${sentence.text.length > 70 ? '…' : ''}" (${sentence.names.join(', ')}) at ${sentence.at} is in no event's passage`,
      );
    }
    const unused = work.unusedCorrections;
    if (unused.length > 0) {
      lines.push(
        `  note ${work.work}: ${unused.length} OCR correction${unused.length === 1 ? ' was' : 's were'} needed on none of its ${work.pageCount} page${work.pageCount === 1 ? '' : 's'}: ${unused.map((ocr) => `"${ocr}"`).join(', ')}`,
      );
    }
  }
  return lines;
}
