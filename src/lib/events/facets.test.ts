import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filterEvents';
import { basisOptions, facetOptions } from './facets';
import { sampleFile } from './fixtures/sampleEvents';
import { buildSearchIndex, searchEvents } from '../search/eventSearch';

describe('facetOptions', () => {
  it('counts the events of each person when nothing is chosen', () => {
    const people = facetOptions(sampleFile, NO_FILTERS, 'people', null);
    expect(people.find((o) => o.id === 'krasnov')).toMatchObject({
      label: 'Pyotr Krasnov',
      count: 5,
      selected: false,
    });
  });

  it('keeps the counts of other values in a facet when one is chosen', () => {
    const filters = { ...NO_FILTERS, people: new Set(['lenin']) };
    const people = facetOptions(sampleFile, filters, 'people', null);
    expect(people.find((o) => o.id === 'lenin')).toMatchObject({ count: 2, selected: true });
    expect(people.find((o) => o.id === 'krasnov')?.count).toBe(5);
  });

  it('narrows the counts of one facet by the choices in another and by the search', () => {
    const byPlace = facetOptions(
      sampleFile,
      { ...NO_FILTERS, places: new Set(['gatchina']) },
      'people',
      null,
    );
    expect(byPlace.find((o) => o.id === 'krasnov')?.count).toBe(1);
    expect(byPlace.find((o) => o.id === 'lenin')?.count).toBe(0);
    const telegram = searchEvents(buildSearchIndex(sampleFile), 'telegram');
    const bySearch = facetOptions(
      sampleFile,
      { ...NO_FILTERS, query: 'telegram' },
      'types',
      telegram,
    );
    expect(bySearch.find((o) => o.id === 'communication')?.count).toBe(1);
  });

  it('leaves out types no event has, unless they are chosen', () => {
    const types = facetOptions(sampleFile, NO_FILTERS, 'types', null).map((o) => o.id);
    expect(types).not.toContain('personal');
    const chosen = facetOptions(
      sampleFile,
      { ...NO_FILTERS, types: new Set(['personal' as const]) },
      'types',
      null,
    );
    expect(chosen.find((o) => o.id === 'personal')).toMatchObject({ count: 0, selected: true });
  });
});

describe('basisOptions', () => {
  it('counts the events each choice shows, strictest first, and marks the chosen one', () => {
    const options = basisOptions(sampleFile, { ...NO_FILTERS, basis: 'stated' }, null);
    expect(options).toEqual([
      { id: 'stated', label: 'Only what the page states', count: 3, selected: true },
      {
        id: 'stated-or-narrative',
        label: 'Stated or from the narrative',
        count: 6,
        selected: false,
      },
      { id: 'all', label: 'All, with historical dates', count: 10, selected: false },
    ]);
  });

  it('counts under the other facets and the search', () => {
    const telegram = searchEvents(buildSearchIndex(sampleFile), 'telegram');
    const counts = basisOptions(sampleFile, { ...NO_FILTERS, query: 'telegram' }, telegram).map(
      (o) => o.count,
    );
    expect(counts).toEqual([1, 1, 1]);
    const inPetrograd = basisOptions(
      sampleFile,
      { ...NO_FILTERS, places: new Set(['petrograd']) },
      null,
    ).map((o) => o.count);
    expect(inPetrograd[0]).toBe(0);
    expect(inPetrograd[2]).toBeGreaterThan(0);
  });
});
