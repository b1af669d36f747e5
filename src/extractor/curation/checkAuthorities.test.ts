import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../testing/projectFixture';
import { checkAuthorities } from './checkAuthorities';

const TODAY = new Date('2026-12-02T12:00:00Z');

describe('checkAuthorities', () => {
  it('accepts a Wikidata and a GeoNames record looked up on or before today', () => {
    const project = fixtureProject();
    const [ostrov, gatchina] = project.places.data.places;
    ostrov!.authority = {
      source: 'wikidata',
      id: 'Q191290',
      label: 'Ostrov',
      retrieved: '2026-12-02',
    };
    gatchina!.authority = {
      source: 'geonames',
      id: '561667',
      label: 'Gatchina',
      retrieved: '2026-11-30',
    };
    expect(checkAuthorities(project, TODAY)).toEqual([]);
  });

  it('names the record whose id is the other register’s form, or whose day is to come', () => {
    const project = fixtureProject();
    project.people.data.people[0]!.authority = {
      source: 'geonames',
      id: 'Q312546',
      label: 'Pyotr Krasnov',
      retrieved: '2027-01-01',
    };
    expect(checkAuthorities(project, TODAY).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'people[0].authority.id: "Q312546" is not a GeoNames id; write it as 498817',
      'people[0].authority.retrieved: 2027-01-01 is after today; give the day the record was looked up',
    ]);
  });
});
