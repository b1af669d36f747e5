import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS } from '../events/filterEvents';
import { facetOptions } from '../events/facets';
import type { EventsFile } from '../events/types';
import { buildSearchIndex, searchEvents } from './eventSearch';

const bundled = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'events.json'), 'utf8'),
) as EventsFile;
const index = buildSearchIndex(bundled);

/** The ids the search finds for `query` in the bundled file, in file order. */
function found(query: string): string[] {
  const hits = searchEvents(index, query);
  return bundled.events.filter((e) => hits?.has(e.id)).map((e) => e.id);
}

/** The bundled events matching a predicate, in file order. */
function idsWhere(keep: (e: EventsFile['events'][number]) => boolean): string[] {
  return bundled.events.filter(keep).map((e) => e.id);
}

// The events tagged with Kerensky, and those whose own words name him (a summary may
// tell what he did where he is not one of the event's people).
const withKerensky = idsWhere(
  (e) =>
    e.people.includes('kerensky') ||
    [e.title, e.summary, e.anchor.quote.exact].some((t) => t.includes('Kerensky')),
);
/**
 * Whether an event's window touches `[from, to)`: an instant's moment may lie in it
 * (its latest bound is a moment it may be at), a span may run into it (its latest end
 * is exclusive).
 */
const touches = (e: EventsFile['events'][number], from: string, to: string) => {
  const first = e.date.window.start.earliest;
  const last = e.date.window.end.latest;
  return first < to && (e.date.shape === 'span' && last > first ? last > from : last >= from);
};
/** The events that touch 8 November 1917 (26 October O.S.), as the day strip counts them. */
const onEighth = idsWhere((e) => touches(e, '1917-11-08T00:00', '1917-11-09T00:00'));

// Each of these found nothing (or too little) with the literal search of titles,
// summaries and quotes that this replaced (issue 13).
describe('searchEvents on the bundled events.json', () => {
  it('finds Kerensky by another spelling of his name: "Kerenski", "Kerenskii"', () => {
    expect(withKerensky.length).toBeGreaterThan(1);
    expect(found('Kerenski')).toEqual(withKerensky);
    expect(found('kerenskii')).toEqual(withKerensky);
  });

  it('finds Kerensky by his Russian name, "Керенский"', () => {
    // The Russian name is one of the person's other names: it finds the events he is tagged in.
    expect(found('Керенский')).toEqual(idsWhere((e) => e.people.includes('kerensky')));
  });

  it('finds the events of 8 November by its Old Style date, "26 October"', () => {
    expect(onEighth.length).toBeGreaterThan(5);
    expect(found('26 October')).toEqual(onEighth);
    expect(found('october 26')).toEqual(onEighth);
  });

  it('finds the same events by the New Style date, "8 November" or "Nov 8"', () => {
    expect(found('8 November')).toEqual(onEighth);
    expect(found('Nov 8')).toEqual(onEighth);
  });

  it('reads a day and month as one date, so "26 November" finds nothing', () => {
    // Every event of 8 November has a 26 (October) and a November in its dates.
    expect(found('26 November')).toEqual([]);
  });

  it('matches a quoted phrase as words in that order', () => {
    const phrase = found('"head echelons"');
    expect(phrase).toContain('gatchina-occupied');
    expect(phrase).toEqual(
      idsWhere((e) =>
        [e.title, e.summary, e.anchor.quote.exact].some((t) => /head echelons/i.test(t)),
      ),
    );
    expect(found('"echelons head"')).toEqual([]);
  });

  it('finds a date in a summary as either calendar writes it, not as it is marked', () => {
    // "… at 2:10 a.m. on {{1917-11-08}}": 8 November (26 October O.S.).
    expect(found('"a.m. on 8 November"')).toEqual(['winter-palace-invaded']);
    expect(found('"a.m. on 26 October 1917 O.S."')).toEqual(['winter-palace-invaded']);
    expect(found('"a.m. on 1917"')).toEqual([]);
  });

  it('finds by a place every event the place filter shows: "Gatchina" finds both', () => {
    const byFilter = idsWhere((e) =>
      matchesFilters(e, { ...NO_FILTERS, places: new Set(['gatchina']) }, null),
    );
    expect(byFilter).toHaveLength(2);
    expect(found('Gatchina')).toEqual(byFilter);
    expect(found('Гатчина')).toEqual(byFilter);
  });

  it("finds by the places' and people's other names: Петроград, St Petersburg, Смольный", () => {
    const inPetrograd = idsWhere((e) => e.places.includes('petrograd'));
    expect(found('Петроград')).toEqual(inPetrograd);
    expect(found('St Petersburg')).toEqual(inPetrograd);
    expect(found('Смольный')).toEqual(idsWhere((e) => e.places.includes('smolny')));
  });

  it('folds case and accents: "GATCHÍNA" and "Cossáck" are Gatchina and Cossack', () => {
    expect(found('GATCHÍNA')).toEqual(found('gatchina'));
    expect(found('Cossáck')).toEqual(found('cossack'));
    expect(found('cossack').length).toBeGreaterThan(0);
  });

  it('finds words by their beginning, from three letters', () => {
    expect(found('Gatch')).toEqual(found('Gatchina'));
    expect(found('ost')).toEqual(idsWhere((e) => e.places.includes('ostrov')));
  });

  it('does not let short words match everything', () => {
    // Two letters are no prefix; below five letters no slip is allowed ("Pskv" is not
    // Pskov with a letter missing), from five one is ("Pskof"); numbers are exact.
    expect(found('ga')).toEqual([]);
    expect(found('Pskv')).toEqual([]);
    expect(found('Pskof')).toEqual(found('Pskov'));
    expect(found('1918')).toEqual([]);
  });

  it('needs every word to match (AND), as the literal search did', () => {
    const both = found('Krasnov Gatchina');
    expect(both.length).toBeGreaterThan(0);
    expect(
      both.every((id) => found('Krasnov').includes(id) && found('Gatchina').includes(id)),
    ).toBe(true);
    expect(found('Gatchina Lenin')).toEqual([]);
  });

  it('finds by the time and the weekday: "22:40", "Friday"', () => {
    expect(found('22:40')).toEqual(['congress-opens']);
    expect(found('Friday')).toEqual(
      idsWhere((e) => touches(e, '1917-11-09T00:00', '1917-11-10T00:00')),
    );
  });

  it('gives null for a query with no words, which narrows nothing', () => {
    expect(searchEvents(index, '')).toBeNull();
    expect(searchEvents(index, '  — , "" ')).toBeNull();
  });

  it('keeps the results while a quoted phrase is still being typed', () => {
    expect(found('"head echel')).toEqual(found('head echel'));
  });
});

describe('facet counts with the search', () => {
  it('count the events the search shows', () => {
    const hits = searchEvents(index, 'Kerenski');
    const filters = { ...NO_FILTERS, query: 'Kerenski' };
    const places = facetOptions(bundled, filters, 'places', hits);
    const ostrov = places.find((o) => o.id === 'ostrov');
    expect(ostrov?.count).toBe(
      bundled.events.filter((e) => hits?.has(e.id) && e.places.includes('ostrov')).length,
    );
    const tagged = bundled.events.filter(
      (e) => matchesFilters(e, filters, hits) && e.people.includes('kerensky'),
    ).length;
    expect(tagged).toBeGreaterThan(1);
    expect(
      facetOptions(bundled, filters, 'people', hits).find((o) => o.id === 'kerensky')?.count,
    ).toBe(tagged);
  });
});

describe('buildSearchIndex', () => {
  it('indexes an event once when the file has its id twice', () => {
    const event = bundled.events[0]!;
    const twice = buildSearchIndex({ ...bundled, events: [event, event] });
    expect([...(searchEvents(twice, event.title) ?? [])]).toEqual([event.id]);
  });

  it('finds nothing in a file with no events', () => {
    const empty = buildSearchIndex({ events: [], people: [], places: [] });
    expect(searchEvents(empty, 'Kerensky')?.size).toBe(0);
  });
});
