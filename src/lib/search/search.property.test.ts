import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../events/filterEvents';
import type { EventsFile, TimelineEvent } from '../events/types';
import { proseInBothCalendars } from '../prose/writeProse';
import { searchableDateWords } from './dateWords';
import { buildSearchIndex, searchEvents } from './eventSearch';
import { highlightRanges, splitAtRanges } from './highlight';
import { namesOf } from './names';
import { foldedWordsOf, wordsOf } from './words';

const bundled = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'events.json'), 'utf8'),
) as EventsFile;
const bundledIndex = buildSearchIndex(bundled);

// Latin with accents (precomposed and combining), Cyrillic, digits, punctuation and
// every kind of quote the query reads.
const char = fc.constantFrom(
  ...'aAeEéÉiIkKnNoOrRsSyY',
  ...'кКеЕрРнНсСийЙёЁ',
  'e\u0301',
  '\u0301',
  ...'0123456789',
  ...' ,.-—\'’:"“”«»',
);
const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(''));
const word = fc
  .array(fc.constantFrom(...'aeiknorsyкерснийё', 'é', 'e\u0301', ...'0123'), {
    minLength: 1,
    maxLength: 9,
  })
  .map((chars) => chars.join(''));
const title = fc
  .array(word, { minLength: 1, maxLength: 5 })
  .chain((words) =>
    fc.constantFrom(...[' ', ', ', ' — ', '-', ' "']).map((gap) => words.join(gap)),
  );

/** A small events file whose events differ only in their titles. */
function fileWithTitles(titles: string[]): EventsFile {
  const template = bundled.events[0]!;
  return {
    ...bundled,
    events: titles.map((t, i) => ({ ...template, id: `e-${i}`, title: t, summary: '' })),
  };
}

describe('search properties', () => {
  it('folding twice gives what folding once gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        expect(foldForSearch(foldForSearch(s))).toBe(foldForSearch(s));
      }),
    );
  });

  it("every bundled event's exact title finds that event", () => {
    for (const event of bundled.events) {
      expect(searchEvents(bundledIndex, event.title)?.has(event.id), event.title).toBe(true);
    }
  });

  it('any title finds its event, and so does each of its words', () => {
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 6 }), fc.nat(), (titles, pick) => {
        const index = buildSearchIndex(fileWithTitles(titles));
        const i = pick % titles.length;
        const t = titles[i]!;
        if (foldedWordsOf(t).length === 0) return;
        expect(searchEvents(index, t)?.has(`e-${i}`)).toBe(true);
        for (const w of foldedWordsOf(t)) expect(searchEvents(index, w)?.has(`e-${i}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('highlight ranges lie inside the text, in order, apart, and split it losslessly', () => {
    fc.assert(
      fc.property(text, text, (t, query) => {
        const ranges = highlightRanges(t, query, bundled);
        let end = 0;
        for (const range of ranges) {
          expect(range.start).toBeGreaterThanOrEqual(end);
          expect(range.end).toBeGreaterThan(range.start);
          expect(range.end).toBeLessThanOrEqual(t.length);
          end = range.end + 1;
        }
        expect(
          splitAtRanges(t, ranges)
            .map((p) => p.text)
            .join(''),
        ).toBe(t);
      }),
      { numRuns: 500 },
    );
  });

  it('a word finds an event exactly when it marks something in that event\u2019s texts', () => {
    /** Everything the index holds of an event, as the reader could see it. */
    const textsOf = (event: TimelineEvent) => [
      event.title,
      // The summary as either calendar writes its dates.
      proseInBothCalendars(event.summary),
      event.anchor.quote.exact,
      ...event.people.flatMap((id) => namesOf(bundled.people.find((p) => p.id === id)!)),
      ...event.places.flatMap((id) => namesOf(bundled.places.find((p) => p.id === id)!)),
      ...searchableDateWords(event),
    ];
    const texts = new Map(bundled.events.map((e) => [e.id, textsOf(e)]));
    const vocabulary = [...new Set([...texts.values()].flat().flatMap(foldedWordsOf))];
    // A word of the events as it is, cut short, or with one letter changed.
    const query = fc
      .tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom('', 'x', 'и', 'e'))
      .map(([w, n, letter]) => {
        const at = n % (w.length + 1);
        return n % 3 === 0
          ? w
          : n % 3 === 1
            ? w.slice(0, Math.max(1, at))
            : w.slice(0, at) + letter + w.slice(at + 1);
      })
      .filter((q) => foldedWordsOf(q).length === 1);
    fc.assert(
      fc.property(query, (q) => {
        const hits = searchEvents(bundledIndex, q)!;
        for (const event of bundled.events) {
          // Without the names: a name is marked because a name of the event was found.
          const marks = texts.get(event.id)!.some((t) => highlightRanges(t, q).length > 0);
          expect(hits.has(event.id), `${q} in ${event.id}`).toBe(marks);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('words', () => {
  it('folding a text whole gives the words that folding it word by word gives', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (t) => {
        expect(foldedWordsOf(t)).toEqual(wordsOf(t).map((w) => w.folded));
      }),
      { numRuns: 2000 },
    );
  });
});
