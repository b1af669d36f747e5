import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filterEvents';
import {
  filtersFromLists,
  onlyFacetValue,
  toggleFacetValue,
  withBasis,
  withQuery,
} from './filterChanges';

describe('toggleFacetValue', () => {
  it('adds a value that was not chosen and removes one that was', () => {
    const once = toggleFacetValue(NO_FILTERS, 'people', 'krasnov');
    expect([...once.people]).toEqual(['krasnov']);
    expect([...toggleFacetValue(once, 'people', 'krasnov').people]).toEqual([]);
  });

  it('returns new filters and leaves the old ones alone', () => {
    const before = filtersFromLists({
      people: ['lenin'],
      places: [],
      types: [],
      basis: 'all',
      query: '',
    });
    const after = toggleFacetValue(before, 'people', 'krasnov');
    expect([...before.people]).toEqual(['lenin']);
    expect([...after.people]).toEqual(['lenin', 'krasnov']);
  });
});

describe('onlyFacetValue', () => {
  it('chooses one value in a facet and keeps the other facets and the search', () => {
    const before = filtersFromLists({
      people: ['lenin'],
      places: [],
      types: ['movement'],
      basis: 'stated',
      query: 'x',
    });
    const after = onlyFacetValue(before, 'people', 'krasnov');
    expect([...after.people]).toEqual(['krasnov']);
    expect([...after.types]).toEqual(['movement']);
    expect(after.basis).toBe('stated');
    expect(after.query).toBe('x');
  });
});

describe('withQuery', () => {
  it('replaces the search only', () => {
    expect(withQuery(NO_FILTERS, 'Gatchina')).toEqual({ ...NO_FILTERS, query: 'Gatchina' });
  });
});

describe('withBasis', () => {
  it('replaces the basis only', () => {
    const searched = withQuery(NO_FILTERS, 'Gatchina');
    expect(withBasis(searched, 'stated')).toEqual({ ...searched, basis: 'stated' });
  });
});
