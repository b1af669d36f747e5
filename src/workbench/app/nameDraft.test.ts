import { describe, expect, it } from 'vitest';
import { entryOf, nameDraftFrom, readCoordinate } from './nameDraft';

describe('nameDraftFrom', () => {
  it('keeps the words as the page writes them as the alias, and makes the id from them', () => {
    expect(nameDraftFrom(' Luga\n', '2026-12-02')).toMatchObject({
      alias: 'Luga',
      name: 'Luga',
      id: 'luga',
      retrieved: '2026-12-02',
    });
  });
});

describe('readCoordinate', () => {
  it('reads degrees with a point or a comma, to five decimals', () => {
    expect(readCoordinate('29,8567', 'longitude')).toEqual({ value: 29.8567 });
    expect(readCoordinate(' 58.7333333 ', 'latitude')).toEqual({ value: 58.73333 });
  });

  it('says what is wrong with a coordinate that is no number or out of range', () => {
    expect(readCoordinate('north', 'latitude')).toEqual({
      problem: expect.stringMatching(
        /^Latitude must be a number of degrees from −90 to 90 .* it is "north"$/,
      ),
    });
    expect(readCoordinate('190', 'longitude')).toHaveProperty('problem');
  });
});

describe('entryOf', () => {
  const draft = {
    ...nameDraftFrom('Luga', '2026-12-02'),
    longitude: '29.8567',
    latitude: '58.7372',
  };

  it('makes a place with its coordinates, their source and an authority record', () => {
    expect(
      entryOf({
        ...draft,
        coordinatesSource: 'GeoNames 533960',
        authority: 'geonames',
        authorityId: '533960',
        authorityLabel: 'Luga',
      }),
    ).toEqual({
      kind: 'place',
      entry: {
        id: 'luga',
        name: 'Luga',
        kind: 'town',
        coordinates: [29.8567, 58.7372],
        coordinatesSource: { title: 'GeoNames 533960' },
        aliases: ['Luga'],
        authority: { source: 'geonames', id: '533960', label: 'Luga', retrieved: '2026-12-02' },
      },
    });
  });

  it('makes a person with no coordinates and no authority when none is chosen', () => {
    expect(entryOf({ ...draft, kind: 'person', role: 'Commander at Luga' })).toEqual({
      kind: 'person',
      entry: { id: 'luga', name: 'Luga', role: 'Commander at Luga', aliases: ['Luga'] },
    });
  });

  it('gives the coordinates’ problems instead of a place', () => {
    expect(entryOf({ ...draft, latitude: '' })).toEqual({
      problems: [expect.stringMatching(/^Latitude must be/)],
    });
  });
});
