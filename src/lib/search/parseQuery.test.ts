import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery';

describe('parseQuery', () => {
  it('reads words folded, without punctuation', () => {
    expect(parseQuery('  Krasnov’s  ÉCHELONS, ')).toEqual([
      { kind: 'word', word: 'krasnov' },
      { kind: 'word', word: 's' },
      { kind: 'word', word: 'echelons' },
    ]);
  });

  it('reads a quoted stretch as a phrase, in any kind of quotes', () => {
    const phrase = { kind: 'phrase', words: ['head', 'echelons'] };
    expect(parseQuery('"head echelons"')).toEqual([phrase]);
    expect(parseQuery('“Head Echelons”')).toEqual([phrase]);
    expect(parseQuery('«head echelons» Gatchina')).toEqual([
      phrase,
      { kind: 'word', word: 'gatchina' },
    ]);
  });

  it('reads a quote not yet closed as no quote', () => {
    expect(parseQuery('"head ech')).toEqual([
      { kind: 'word', word: 'head' },
      { kind: 'word', word: 'ech' },
    ]);
  });

  it('reads a day and a month, either way round and abbreviated, as one date', () => {
    const date = { kind: 'date', day: '26', month: 'october' };
    expect(parseQuery('26 October')).toEqual([date]);
    expect(parseQuery('October 26')).toEqual([date]);
    expect(parseQuery('26 Oct.')).toEqual([date]);
    expect(parseQuery('oct 26 1917')).toEqual([date, { kind: 'word', word: '1917' }]);
    expect(parseQuery('Sept 08')).toEqual([{ kind: 'date', day: '8', month: 'september' }]);
  });

  it('leaves numbers that are no day, and words that are no month, as words', () => {
    expect(parseQuery('40 November')).toEqual([
      { kind: 'word', word: '40' },
      { kind: 'word', word: 'november' },
    ]);
    expect(parseQuery('8 Novelties')).toEqual([
      { kind: 'word', word: '8' },
      { kind: 'word', word: 'novelties' },
    ]);
  });

  it('gives no terms for a query with no words', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery(' "" — ')).toEqual([]);
  });
});
