import type { CuratedEvent, CurationProject } from '../curation/curationTypes';

/** A one-page project small enough to read in a test, shaped like the real one. */
export const FIXTURE_PAGE = [
  '12 A Memoir ',
  '',
  'On November 8 the first echelons of the Cossacks left Ostrov. The gen- ',
  'eral agreed. On November 9 I received a telegram. The head echelons had ',
  'reached Gatchina in the morning. The general agreed. ',
].join('\n');

export function fixtureEvent(overrides: Partial<CuratedEvent> = {}): CuratedEvent {
  return {
    id: 'echelons-leave',
    title: 'Echelons leave Ostrov',
    summary: 'The first echelons leave.',
    type: 'movement',
    lane: 'march',
    people: ['krasnov'],
    places: ['ostrov'],
    anchor: 'the first echelons of the Cossacks left Ostrov',
    date: { edtf: '1917-11-08', basis: 'stated', rationale: 'The text says "On November 8".' },
    relations: [],
    ...overrides,
  };
}

export function fixtureProject(events: CuratedEvent[] = [fixtureEvent()]): CurationProject {
  return {
    people: {
      file: 'curation/people.json',
      data: {
        people: [
          {
            id: 'krasnov',
            name: 'Pyotr Krasnov',
            role: 'General',
            aliases: ['Krasnov', 'the general'],
          },
        ],
      },
    },
    places: {
      file: 'curation/places.json',
      data: {
        places: ['ostrov', 'gatchina'].map((id) => ({
          id,
          name: id[0]!.toUpperCase() + id.slice(1),
          kind: 'town' as const,
          coordinates: [30, 59] as [number, number],
          coordinatesSource: { title: 'test' },
          aliases: [],
        })),
      },
    },
    lanes: {
      file: 'curation/lanes.json',
      data: { lanes: [{ id: 'march', label: 'March', description: '' }] },
    },
    works: [
      {
        work: {
          file: 'sources/memoir/work.json',
          data: {
            id: 'memoir',
            author: 'A. Author',
            title: 'A Memoir',
            publisherPlace: 'New York',
            publisher: 'Press',
            year: 1961,
            narrativeYear: 1917,
          },
        },
        rules: {
          file: 'sources/memoir/reading-rules.json',
          data: { runningHead: '^\\d+ A Memoir$', corrections: [] },
        },
        pages: [
          {
            text: { file: 'sources/memoir/pages/12.txt', data: FIXTURE_PAGE },
            curation: {
              file: 'sources/memoir/pages/12.json',
              data: { page: 12, provenance: 'test scan', events },
            },
          },
        ],
      },
    ],
  };
}
