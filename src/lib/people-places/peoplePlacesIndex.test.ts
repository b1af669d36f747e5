import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { buildPeoplePlacesIndex, countEvents, indexAnchorId } from './peoplePlacesIndex';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

describe('buildPeoplePlacesIndex', () => {
  const index = buildPeoplePlacesIndex(file);

  it('lists people by surname and places by name', () => {
    expect(index.people.map((p) => p.name)).toEqual([
      'Alexander Kerensky',
      'Pyotr Krasnov',
      'Vladimir Lenin',
      'W. S. Woytinsky',
    ]);
    expect(index.places.map((p) => p.name)).toEqual([
      'Gatchina',
      'Ostrov',
      'Petrograd',
      'Pskov',
      'Smolny Institute',
      'Winter Palace',
    ]);
  });

  it("gives Krasnov his role, the source's ways of writing him and his events in time order", () => {
    const krasnov = index.people.find((p) => p.id === 'krasnov')!;
    expect(krasnov.description).toMatch(/^General commanding the 3rd Cavalry Corps/);
    expect(krasnov.aliases).toEqual(['Krasnov', 'General Krasnov', 'the general']);
    const ids = krasnov.events.map((e) => e.id);
    expect(ids).toEqual(file.events.filter((e) => e.people.includes('krasnov')).map((e) => e.id));
    // The telegram comes after the occupation it reports.
    expect(ids.at(-1)).toBe('krasnov-telegram');
    expect(ids.indexOf('gatchina-occupied')).toBe(ids.length - 2);
  });

  it('gives places their kind in words', () => {
    expect(index.places.find((p) => p.id === 'gatchina')!.description).toBe('Town');
    expect(index.places.find((p) => p.id === 'smolny')!.description).toBe('Building');
  });

  it('counts only the events given, and keeps entries that have none', () => {
    const onlyGatchina = buildPeoplePlacesIndex(
      file,
      file.events.filter((e) => e.places.includes('gatchina')),
    );
    expect(onlyGatchina.people.find((p) => p.id === 'lenin')!.events).toEqual([]);
    expect(onlyGatchina.places.find((p) => p.id === 'gatchina')!.events).toHaveLength(2);
  });
});

describe('the time order of an entry', () => {
  it("is the file's, even for events given in another order", () => {
    const reversed = [...file.events].reverse();
    const index = buildPeoplePlacesIndex(file, reversed);
    const gatchina = index.places.find((p) => p.id === 'gatchina')!.events.map((e) => e.id);
    expect(gatchina).toEqual(['gatchina-occupied', 'krasnov-telegram']);
  });
});

describe('indexAnchorId and countEvents', () => {
  it('name an entry and a count the way the index shows them', () => {
    expect(indexAnchorId('person', 'krasnov')).toBe('index-person-krasnov');
    expect(countEvents(1)).toBe('1 event');
    expect(countEvents(0)).toBe('0 events');
  });
});
