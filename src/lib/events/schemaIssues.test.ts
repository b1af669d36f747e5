/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break arbitrary JSON on purpose */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import eventsSchema from '../../../schema/events.schema.json' with { type: 'json' };
import {
  GENERATED_TYPES,
  GENERATED_VALIDATOR,
  generateEventsValidator,
} from '../../../scripts/generateEventsValidator';
import { sampleFile } from './fixtures/sampleEvents';
import { FORMS, findSchemaIssues } from './schemaIssues';

const root = join(import.meta.dirname, '..', '..', '..');
const bundled = JSON.parse(readFileSync(join(root, 'events.json'), 'utf8'));

/** The issues as the error page and the data-problems notice list them. */
function linesOf(value: unknown): string[] {
  return findSchemaIssues(value).map((issue) => `${issue.path}: ${issue.message}`);
}

function broken(edit: (file: any) => void): unknown {
  const copy = structuredClone(bundled);
  edit(copy);
  return copy;
}

const cases: [string, (file: any) => void, string[]][] = [
  [
    'an event without a title',
    (f) => delete f.events[0].title,
    ['/events/0: is missing the field "title"'],
  ],
  [
    'a title that is a number',
    (f) => (f.events[0].title = 5),
    ['/events/0/title: must be text, not the number 5'],
  ],
  ['an empty summary', (f) => (f.events[1].summary = ''), ['/events/1/summary: must not be empty']],
  [
    'an unknown event type',
    (f) => (f.events[2].type = 'dance'),
    [
      '/events/2/type: must be one of political, military, communication, decision, movement, personal; not "dance"',
    ],
  ],
  [
    'a start that is not a date',
    (f) => (f.events[0].date.window.start.earliest = 'yesterday'),
    [
      '/events/0/date/window/start/earliest: must be a date and time like 1917-11-07T22:40, not "yesterday"',
    ],
  ],
  [
    'a start in year 99999',
    (f) => (f.events[0].date.own.end.latest = '99999-11-07T10:00'),
    [
      '/events/0/date/own/end/latest: must be a date and time like 1917-11-07T22:40, not "99999-11-07T10:00"',
    ],
  ],
  [
    'a clock time of 24:00',
    (f) => (f.events[0].date.time = '24:00'),
    ['/events/0/date/time: must be a clock time from 00:00 to 23:59, not "24:00"'],
  ],
  [
    'an EDTF date too short to be a day',
    (f) => (f.events[0].date.edtf = '191'),
    ['/events/0/date/edtf: must be an EDTF date such as 1917-11-08'],
  ],
  [
    'a javascript: citation URL',
    (f) => (f.events[0].date.citations = [{ title: 'x', url: 'javascript:alert(1)' }]),
    [
      '/events/0/date/citations/0/url: must be a web address starting with http:// or https://, not "javascript:alert(1)"',
    ],
  ],
  [
    'an id in capitals',
    (f) => (f.events[3].id = 'Winter-Palace'),
    [
      '/events/3/id: must be an id of lower-case letters and digits joined by single hyphens, not "Winter-Palace"',
    ],
  ],
  [
    'a field the format does not have',
    (f) => (f.events[0].onclick = 'alert(1)'),
    ['/events/0: has a field "onclick" that events.json does not have'],
  ],
  [
    'an event that is a string',
    (f) => (f.events[4] = '<img src=x onerror=alert(1)>'),
    ['/events/4: must be an object, not "<img src=x onerror=alert(1)>"'],
  ],
  [
    'an event that is null',
    (f) => (f.events[4] = null),
    ['/events/4: must be an object, not null'],
  ],
  [
    'a negative anchor offset',
    (f) => (f.events[0].anchor.position.start = -1),
    ['/events/0/anchor/position/start: must be at least 0, not -1'],
  ],
  [
    'a fractional anchor offset',
    (f) => (f.events[0].anchor.raw.end = 1.5),
    ['/events/0/anchor/raw/end: must be a whole number, not the number 1.5'],
  ],
  [
    'a negative fractional anchor offset',
    (f) => (f.events[0].anchor.position.start = -5e-324),
    [
      '/events/0/anchor/position/start: must be a whole number, not the number -5e-324',
      '/events/0/anchor/position/start: must be at least 0, not -5e-324',
    ],
  ],
  [
    'an unknown relation kind',
    (f) => (f.events.find((e: any) => e.relations.length).relations[0].kind = 'because'),
    [
      expect.stringMatching(
        /^\/events\/\d+\/relations\/0\/kind: must be one of before, after, during, part-of, reports; not "because"$/,
      ),
    ],
  ],
  [
    'format version 2',
    (f) => (f.formatVersion = 2),
    ['/formatVersion: must be 1, not the number 2'],
  ],
  [
    'sources that are not a list',
    (f) => (f.sources = {}),
    ['/sources: must be a list, not an object'],
  ],
  [
    'a page given as text',
    (f) => (f.sources[0].page = '376'),
    ['/sources/0/page: must be a whole number, not "376"'],
  ],
  ['page 0', (f) => (f.sources[0].page = 0), ['/sources/0/page: must be at least 1, not 0']],
  [
    'a missing reading text',
    (f) => delete f.sources[0].readingText,
    [
      '/sources/0: must have either its texts (rawText and readingText) or a textFile naming the file that holds them, not both',
    ],
  ],
  [
    'a person without aliases',
    (f) => delete f.people[0].aliases,
    ['/people/0: is missing the field "aliases"'],
  ],
  [
    'one coordinate',
    (f) => (f.places[0].coordinates = [30]),
    ['/places/0/coordinates: must hold 2 values [longitude, latitude], not 1'],
  ],
  [
    'three coordinates',
    (f) => (f.places[0].coordinates = [30, 59, 0]),
    ['/places/0/coordinates: must hold 2 values [longitude, latitude], not 3'],
  ],
  [
    'coordinates that are not a list',
    (f) => (f.places[0].coordinates = '30,59'),
    ['/places/0/coordinates: must be a list [longitude, latitude], not "30,59"'],
  ],
  [
    'a longitude and a latitude out of range',
    (f) => (f.places[0].coordinates = [200, -91]),
    [
      '/places/0/coordinates/0: must be at most 180, not 200',
      '/places/0/coordinates/1: must be at least -90, not -91',
    ],
  ],
  [
    'a latitude given as text',
    (f) => (f.places[0].coordinates = [30, '59']),
    ['/places/0/coordinates/1: must be a number, not "59"'],
  ],
  [
    'an unknown place kind',
    (f) => (f.places[0].kind = 'village'),
    ['/places/0/kind: must be one of city, town, building, railway-station, region; not "village"'],
  ],
  [
    'a __proto__ field',
    (f) => Object.defineProperty(f.lanes[0], '__proto__', { value: 1, enumerable: true }),
    ['/lanes/0: has a field "__proto__" that events.json does not have'],
  ],
  ['a file without events', (f) => delete f.events, [': is missing the field "events"']],
];

describe('findSchemaIssues', () => {
  it('finds nothing wrong with the bundled events.json or the sample file of the unit tests', () => {
    expect(findSchemaIssues(bundled)).toEqual([]);
    expect(findSchemaIssues(sampleFile)).toEqual([]);
  });

  it.each(cases)('names the field and says in words what is wrong, for %s', (_, edit, lines) => {
    expect(linesOf(broken(edit))).toEqual(lines);
  });

  it('says what a file that is not an object is instead', () => {
    expect([null, 1, 'events', [], true].map(linesOf)).toEqual([
      [': must be an object, not null'],
      [': must be an object, not the number 1'],
      [': must be an object, not "events"'],
      [': must be an object, not a list of 0'],
      [': must be an object, not true'],
    ]);
  });

  it('lists every problem of a file, each event under its own path, in the order of the file', () => {
    const file = broken((f) => {
      f.sources[0].page = '376';
      delete f.lanes[0].label;
      f.events[1].date.window.start.earliest = 'yesterday';
      f.events[3].type = 'dance';
    });
    expect(findSchemaIssues(file).map((issue) => issue.path)).toEqual([
      '/sources/0/page',
      '/lanes/0',
      '/events/1/date/window/start/earliest',
      '/events/3/type',
    ]);
  });

  it('has words for every pattern in the schema', () => {
    const patterns: string[] = [];
    (function walk(node: unknown) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.push(value);
          else walk(value);
        }
      }
    })(eventsSchema);
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(FORMS, pattern).toHaveProperty([pattern]);
  });

  it('words every issue of arbitrary changes anywhere in the bundled file', () => {
    const paths: (string | number)[][] = [];
    (function walk(value: unknown, path: (string | number)[]) {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      }
    })(bundled, []);
    // Values close to right, and values of every other kind.
    const nearMisses = fc.constantFrom<unknown>(
      '',
      'x',
      'Krasnov',
      '1917-11-07',
      '24:00',
      'javascript:x',
      0,
      -1,
      1.5,
      181,
      -91,
      true,
      null,
      [],
      {},
      [1, 2, 3],
    );
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        value: fc.oneof(nearMisses, fc.jsonValue({ maxDepth: 2 })),
      }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({
        kind: fc.constant('add' as const),
        key: fc.constantFrom('extra', 'id', 'time', '$schema'),
      }),
    );
    fc.assert(
      fc.property(fc.nat(paths.length - 1), operation, (at, op) => {
        const path = paths[at]!;
        const file = structuredClone(bundled);
        const parent = path.slice(0, -1).reduce((node: any, key) => node[key], file);
        const key = path.at(-1)!;
        if (op.kind === 'set') parent[key] = op.value;
        else if (op.kind === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key];
        } else if (parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) {
          parent[key][op.key] = 'added';
        }
        for (const { message } of findSchemaIssues(file)) {
          expect(message).toMatch(/^(must|is missing|has a field) /);
          expect(message).not.toMatch(
            /does not meet the schema|has the wrong form|undefined|\[object/,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the generated validator', () => {
  it('is what schema/events.schema.json generates (else run `npm run build:validator`)', () => {
    const { js, dts } = generateEventsValidator();
    expect(readFileSync(join(root, GENERATED_VALIDATOR), 'utf8')).toBe(js);
    expect(readFileSync(join(root, GENERATED_TYPES), 'utf8')).toBe(dts);
  });
});
