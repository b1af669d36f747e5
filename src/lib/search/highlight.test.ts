import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { highlightRanges, splitAtRanges } from './highlight';

const names: Pick<EventsFile, 'people' | 'places'> = {
  people: [
    {
      id: 'kerensky',
      name: 'Alexander Kerensky',
      role: 'Minister-Chairman',
      aliases: ['Kerensky'],
      otherNames: ['Kerenski', 'Керенский'],
    },
    {
      id: 'krasnov',
      name: 'Pyotr Krasnov',
      role: 'General',
      aliases: ['Krasnov', 'the general'],
    },
  ],
  places: [],
};

/** The marked stretches of `text` for `query`, as text. */
function marked(text: string, query: string, withNames = names): string[] {
  return highlightRanges(text, query, withNames).map((r) => text.slice(r.start, r.end));
}

describe('highlightRanges', () => {
  it('marks the words the search finds: whole, by their beginning, with a slip', () => {
    expect(marked('Kerensky rides with the head echelons', 'kerenski ech')).toEqual([
      'Kerensky',
      'echelons',
    ]);
    expect(marked('Head echelons reach Gatchina', 'GATCH')).toEqual(['Gatchina']);
  });

  it('folds accents and case as the search does, and marks the text as written', () => {
    expect(marked('the first échelons left', 'ECHELONS')).toEqual(['échelons']);
  });

  it('does not mark within a word or by a short prefix', () => {
    expect(marked('the general agreed', 'en')).toEqual([]);
    expect(marked('the general agreed', 'ge')).toEqual([]);
  });

  it('marks a phrase only where its words come in order', () => {
    expect(marked('head echelons; echelons head', '"head echelons"')).toEqual(['head echelons']);
  });

  it('marks a date either way round', () => {
    expect(marked('On November 8 the echelons left', '8 november')).toEqual(['November 8']);
    expect(marked('8 November 1917 (26 October O.S.)', '26 October')).toEqual(['26 October']);
  });

  it('marks every name of a person the query names, in any script', () => {
    expect(marked('Woytinsky urges Krasnov to contact Kerensky', 'Керенский')).toEqual([
      'Kerensky',
    ]);
    expect(marked('Alexander Kerensky', 'Kerenski')).toEqual(['Alexander Kerensky']);
  });

  it('names a person by a whole name only, so "the" does not mark Krasnov', () => {
    expect(marked('Krasnov and the general', 'the')).toEqual(['the']);
    expect(marked('Krasnov and the general', 'the general')).toEqual(['Krasnov', 'the general']);
  });

  it('marks nothing without a query', () => {
    expect(highlightRanges('Kerensky', '   ', names)).toEqual([]);
  });
});

describe('splitAtRanges', () => {
  it('cuts a text into plain and marked parts that join back into it', () => {
    const text = 'Head echelons reach Gatchina';
    const parts = splitAtRanges(text, highlightRanges(text, 'head gatchina'));
    expect(parts).toEqual([
      { text: 'Head', marked: true },
      { text: ' echelons reach ', marked: false },
      { text: 'Gatchina', marked: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
});
