import { describe, expect, it } from 'vitest';
import type { EventFilters } from '../events/filterEvents';
import type { EventsFile, TimelineEvent } from '../events/types';
import { describeSelection } from './describeSelection';

const file: Pick<EventsFile, 'people' | 'places' | 'events'> = {
  people: [{ id: 'krasnov', name: 'Pyotr Krasnov', role: 'General', aliases: [] }],
  places: [
    {
      id: 'gatchina',
      name: 'Gatchina',
      kind: 'town',
      coordinates: [30.1, 59.57],
      coordinatesSource: { title: 'x' },
      aliases: [],
    } as EventsFile['places'][number],
  ],
  events: Array.from({ length: 17 }, (_, i) => ({ id: `e${i}` }) as TimelineEvent),
};

const filters = (over: Partial<EventFilters> = {}): EventFilters => ({
  people: new Set(),
  places: new Set(),
  types: new Set(),
  basis: 'all',
  query: '',
  ...over,
});

describe('describeSelection', () => {
  it('says all events when nothing filters them', () => {
    expect(describeSelection(filters(), file, 17)).toBe('All 17 events');
  });

  it('names the people, places, types and words that filter the events', () => {
    expect(
      describeSelection(
        filters({
          people: new Set(['krasnov']),
          places: new Set(['gatchina']),
          types: new Set(['movement']),
          query: ' telegram ',
        }),
        file,
        1,
      ),
    ).toBe(
      '1 of 17 events, filtered by Pyotr Krasnov; Gatchina; type Movement of troops; words “telegram”',
    );
  });

  it('says how the dates must be known when the basis filter is on', () => {
    expect(describeSelection(filters({ basis: 'stated' }), file, 3)).toBe(
      '3 of 17 events, filtered by dates: only what the page states',
    );
  });

  it('falls back to the id of a person the file does not know', () => {
    expect(describeSelection(filters({ people: new Set(['nobody']) }), file, 0)).toBe(
      '0 of 17 events, filtered by nobody',
    );
  });
});
