import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import {
  buildPeoplePlacesIndex,
  compareByTime,
  countEvents,
  indexAnchorId,
} from './peoplePlacesIndex';

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
    expect(ids).toEqual(
      file.events
        .filter((e) => e.people.includes('krasnov'))
        .sort(compareByTime)
        .map((e) => e.id),
    );
    expect(ids.at(-1)).toBe('gatchina-occupied');
    expect(ids).toContain('krasnov-telegram');
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

describe('compareByTime', () => {
  it('orders by start, then by end, then by place on the page', () => {
    const sorted = [...file.events].sort(compareByTime).map((e) => e.id);
    expect(sorted[0]).toBe('both-sides-call-on-army');
    expect(sorted.indexOf('congress-opens')).toBeLessThan(sorted.indexOf('government-deposed'));
  });
});

describe('indexAnchorId and countEvents', () => {
  it('name an entry and a count the way the index shows them', () => {
    expect(indexAnchorId('person', 'krasnov')).toBe('index-person-krasnov');
    expect(countEvents(1)).toBe('1 event');
    expect(countEvents(0)).toBe('0 events');
  });
});
