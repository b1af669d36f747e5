import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basisAllows, hasActiveFilters, matchesFilters, NO_FILTERS } from './filterEvents';
import { sampleFile } from './fixtures/sampleEvents';
import type { DateBasis } from './types';

const shown = (basis: (typeof NO_FILTERS)['basis']) =>
  sampleFile.events
    .filter((event) => matchesFilters(event, { ...NO_FILTERS, basis }, null))
    .map((event) => event.id);

describe('matchesFilters by basis', () => {
  it('keeps only the dates the page states with "stated"', () => {
    expect(shown('stated')).toEqual([
      'echelons-leave-ostrov',
      'gatchina-reached',
      'krasnov-telegram',
    ]);
  });

  it('adds the dates that follow from the narrative with "stated-or-narrative"', () => {
    expect(shown('stated-or-narrative')).toEqual([
      'krasnov-briefed',
      'echelons-leave-ostrov',
      'kerensky-joins',
      'delegates-offer-support',
      'gatchina-reached',
      'krasnov-telegram',
    ]);
  });

  it('lets every event through with "all", historical dates too', () => {
    expect(shown('all')).toEqual(sampleFile.events.map((event) => event.id));
  });

  it('combines with the other facets: a stated date and a place', () => {
    const filters = { ...NO_FILTERS, basis: 'stated' as const, places: new Set(['ostrov']) };
    expect(
      sampleFile.events.filter((e) => matchesFilters(e, filters, null)).map((e) => e.id),
    ).toEqual(['echelons-leave-ostrov']);
  });

  it('counts as an active filter unless it is "all"', () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, basis: 'stated-or-narrative' })).toBe(true);
  });
});

describe('basisAllows', () => {
  const bases: DateBasis[] = ['stated', 'narrative', 'historical'];

  it('nests its choices: what a stricter one lets through, a looser one does too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), (basis) => {
        if (basisAllows('stated', basis))
          expect(basisAllows('stated-or-narrative', basis)).toBe(true);
        if (basisAllows('stated-or-narrative', basis)) expect(basisAllows('all', basis)).toBe(true);
      }),
    );
    expect(bases.filter((b) => basisAllows('stated-or-narrative', b))).toEqual([
      'stated',
      'narrative',
    ]);
  });
});
