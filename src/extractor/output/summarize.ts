import type { EventsFile } from '../../lib/events/types';
import type { PageReport } from '../extract';

/** The few lines a curator reads after a run: events per day, then what the pages say that no event covers. */
export function summarize(events: EventsFile, pages: readonly PageReport[]): string[] {
  const perDay = new Map<string, number>();
  for (const event of events.events) {
    const day = event.date.window.start.earliest.slice(0, 10);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const lines = [
    `${events.events.length} events from ${pages.length} page${pages.length === 1 ? '' : 's'}`,
    // Time order follows the relations, so a day may come back: list the days in order.
    ...[...perDay]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, count]) => `  ${day}: ${count} event${count === 1 ? '' : 's'}`),
  ];
  for (const page of pages) {
    for (const mention of page.uncoveredMentions) {
      lines.push(
        `  to do ${page.source}: date expression "${mention.text}" at ${mention.index} is in no event's passage`,
      );
    }
    for (const sentence of page.uncoveredSentences) {
      lines.push(
        `  to do ${page.source}: "${sentence.text.slice(0, 70)}${sentence.text.length > 70 ? '…' : ''}" (${sentence.names.join(', ')}) at ${sentence.start} is in no event's passage`,
      );
    }
    for (const correction of page.unusedCorrections) {
      lines.push(
        `  note ${page.source}: OCR correction "${correction}" was not needed on this page`,
      );
    }
  }
  return lines;
}
