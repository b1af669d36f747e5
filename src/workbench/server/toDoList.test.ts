import { describe, expect, it } from 'vitest';
import { extract } from '../../extractor/extract';
import { fixtureEvent, fixtureProject } from '../../extractor/testing/projectFixture';
import { toDoItems } from './toDoList';

describe('toDoItems', () => {
  it('gives one item per sentence no event covers, with its dates and names, in page order', () => {
    const { works } = extract(fixtureProject([fixtureEvent()]));
    const items = toDoItems(works);
    expect(items.map((item) => [item.passage, item.dates, item.names])).toEqual([
      ['The general agreed.', [], ['the general']],
      ['On November 9 I received a telegram.', ['On November 9'], []],
      ['The head echelons had reached Gatchina in the morning.', ['in the morning'], ['Gatchina']],
      ['The general agreed.', [], ['the general']],
    ]);
    for (const item of items) expect(item).toMatchObject({ source: 'memoir-p12', page: 12 });
  });

  it('places each item in its page’s reading text', () => {
    const { works, events } = extract(fixtureProject([fixtureEvent()]));
    const { readingText } = events.sources[0]!;
    for (const item of toDoItems(works)) {
      expect(readingText.slice(item.start, item.end)).toBe(item.passage);
    }
  });
});
