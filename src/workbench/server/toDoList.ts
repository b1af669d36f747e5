/**
 * The to-do list the workbench shows in its margin: what the extractor's report says
 * no event covers, one item per sentence (a date expression and the happening it
 * stands in are one thing to look at), in the order of the work's pages. Pure.
 */
import type { WorkReport } from '../../extractor/extract';

export interface ToDoItem {
  /** The source page's id in events.json, as the app knows it. */
  source: string;
  page: number;
  /** The sentence's place in the page's reading text. */
  start: number;
  end: number;
  /** The sentence's words (it may run on over the page break). */
  passage: string;
  /** The date expressions in it that no event covers. */
  dates: string[];
  /** The known people and places it names. */
  names: string[];
}

export function toDoItems(works: readonly WorkReport[]): ToDoItem[] {
  const items = new Map<string, ToDoItem>();
  const itemAt = (work: string, page: number, start: number, end: number, passage: string) => {
    const key = `${work}-p${page}:${start}`;
    let item = items.get(key);
    if (!item) {
      item = { source: `${work}-p${page}`, page, start, end, passage, dates: [], names: [] };
      items.set(key, item);
    }
    return item;
  };
  for (const report of works) {
    for (const sentence of report.uncoveredSentences) {
      const item = itemAt(
        report.work,
        sentence.page,
        sentence.at,
        sentence.at + sentence.end - sentence.start,
        sentence.text,
      );
      item.names.push(...sentence.names.filter((name) => !item.names.includes(name)));
    }
    for (const mention of report.uncoveredMentions) {
      const { start, end, text } = mention.sentence;
      const item = itemAt(report.work, mention.page, start, end, text);
      if (!item.dates.includes(mention.text)) item.dates.push(mention.text);
    }
  }
  return [...items.values()].sort(
    (a, b) => a.source.localeCompare(b.source) || a.page - b.page || a.start - b.start,
  );
}
