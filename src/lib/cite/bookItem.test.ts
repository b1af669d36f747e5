import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, WorkMetadata } from '../events/types';
import { bookItem } from './bookItem';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const work = file.sources[0]!.work;

describe('bookItem', () => {
  it('makes the work a CSL book with the author split into family and given names', () => {
    expect(bookItem(work)).toEqual({
      id: 'woytinsky-1961',
      type: 'book',
      author: [{ family: 'Woytinsky', given: 'W. S.' }],
      title: work.sentenceCaseTitle,
      publisher: 'Vanguard Press',
      'publisher-place': 'New York',
      issued: { 'date-parts': [[1961]] },
    });
  });

  it('carries the pages cited, a range written with a hyphen', () => {
    expect(bookItem(work, { first: 376, last: 377 }).page).toBe('376-377');
    expect(bookItem(work, { first: 376, last: 376 }).page).toBe('376');
  });

  it('falls back to the title and subtitle as written when no sentence case is given', () => {
    const plain: WorkMetadata = { ...work, sentenceCaseTitle: undefined };
    expect(bookItem(plain).title).toBe(`${work.title}: ${work.subtitle}`);
    expect(bookItem({ ...plain, subtitle: undefined }).title).toBe(work.title);
  });

  it('takes a particle apart from the family name, and one name as the family name', () => {
    expect(bookItem({ ...work, author: 'Ludwig van Beethoven' }).author).toEqual([
      { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
    ]);
    expect(bookItem({ ...work, author: 'Anonymous' }).author).toEqual([{ family: 'Anonymous' }]);
  });
});
