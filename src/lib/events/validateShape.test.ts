/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break arbitrary JSON on purpose */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import eventsSchema from '../../../schema/events.schema.json' with { type: 'json' };
import { sampleFile } from './fixtures/sampleEvents';
import { showValue, validateShape, type SchemaIssue } from './validateShape';

const root = join(import.meta.dirname, '..', '..', '..');
const bundled = JSON.parse(readFileSync(join(root, 'events.json'), 'utf8'));
const ajvValidate = new Ajv2020({ allErrors: true, strictTuples: false }).compile(eventsSchema);

/** One line per issue that both validators can name: path, keyword, property. */
function fromAjv(value: unknown): string[] {
  ajvValidate(value);
  const errors: ErrorObject[] = ajvValidate.errors ?? [];
  const keys = errors.map((e) => {
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    return `${e.instancePath} ${e.keyword} ${params.missingProperty ?? params.additionalProperty ?? ''}`;
  });
  return [...new Set(keys)].sort();
}

function fromOurs(value: unknown): string[] {
  const keys = validateShape(value).map(
    (i: SchemaIssue) => `${i.path} ${i.keyword} ${i.property ?? ''}`,
  );
  return [...new Set(keys)].sort();
}

function broken(edit: (file: any) => void): unknown {
  const copy = structuredClone(bundled);
  edit(copy);
  return copy;
}

const cases: [string, (file: any) => void][] = [
  ['an event without a title', (f) => delete f.events[0].title],
  ['a title that is a number', (f) => (f.events[0].title = 5)],
  ['an empty summary', (f) => (f.events[1].summary = '')],
  ['an unknown event type', (f) => (f.events[2].type = 'dance')],
  ['a start that is not a date', (f) => (f.events[0].date.start = 'yesterday')],
  ['a start in year 99999', (f) => (f.events[0].date.start = '99999-11-07T10:00')],
  ['a clock time of 24:00', (f) => (f.events[0].date.time = '24:00')],
  [
    'a javascript: citation URL',
    (f) => (f.events[0].date.citations = [{ title: 'x', url: 'javascript:alert(1)' }]),
  ],
  ['an id in capitals', (f) => (f.events[3].id = 'Winter-Palace')],
  ['a field the format does not have', (f) => (f.events[0].onclick = 'alert(1)')],
  ['an event that is a string', (f) => (f.events[4] = '<img src=x onerror=alert(1)>')],
  ['an event that is null', (f) => (f.events[4] = null)],
  ['a negative anchor offset', (f) => (f.events[0].anchor.position.start = -1)],
  ['a fractional anchor offset', (f) => (f.events[0].anchor.raw.end = 1.5)],
  ['a negative fractional anchor offset', (f) => (f.events[0].anchor.position.start = -5e-324)],
  [
    'an unknown relation kind',
    (f) => (f.events.find((e: any) => e.relations.length).relations[0].kind = 'because'),
  ],
  ['format version 2', (f) => (f.formatVersion = 2)],
  ['sources that are not a list', (f) => (f.sources = {})],
  ['a page given as text', (f) => (f.sources[0].page = '376')],
  ['page 0', (f) => (f.sources[0].page = 0)],
  ['a missing reading text', (f) => delete f.sources[0].readingText],
  ['a person without aliases', (f) => delete f.people[0].aliases],
  ['one coordinate', (f) => (f.places[0].coordinates = [30])],
  ['three coordinates', (f) => (f.places[0].coordinates = [30, 59, 0])],
  ['a longitude out of range', (f) => (f.places[0].coordinates = [200, -91])],
  ['a latitude given as text', (f) => (f.places[0].coordinates = [30, '59'])],
  ['an unknown place kind', (f) => (f.places[0].kind = 'village')],
  [
    'a __proto__ field',
    (f) => Object.defineProperty(f.lanes[0], '__proto__', { value: 1, enumerable: true }),
  ],
  ['a file without events', (f) => delete f.events],
];

describe('validateShape', () => {
  it('finds nothing wrong with the bundled events.json, as ajv does', () => {
    expect(validateShape(bundled)).toEqual([]);
    expect(ajvValidate(bundled)).toBe(true);
  });

  it('finds nothing wrong with the sample file of the unit tests', () => {
    expect(fromOurs(sampleFile)).toEqual(fromAjv(sampleFile));
  });

  it.each(cases)('names the same paths and keywords as ajv for %s', (_, edit) => {
    const file = broken(edit);
    const ours = fromOurs(file);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toEqual(fromAjv(file));
  });

  it('names the same paths and keywords as ajv for a file that is not an object', () => {
    for (const value of [null, 1, 'events', [], true])
      expect(fromOurs(value)).toEqual(fromAjv(value));
  });

  it('agrees with ajv on arbitrary changes anywhere in the bundled file', () => {
    const paths: (string | number)[][] = [];
    (function walk(value: unknown, path: (string | number)[]) {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
      }
    })(bundled, []);
    // Values close to right are the ones that tell a sloppy validator from a good one.
    const nearMisses = fc.constantFrom<unknown>(
      '',
      'x',
      'Krasnov',
      'krasnov',
      '1917-11-07T22:40',
      '1917-11-07',
      '23:59',
      '24:00',
      'http://a',
      'javascript:x',
      0,
      -1,
      1,
      1.5,
      376,
      181,
      -91,
      true,
      null,
      [],
      {},
      [1, 2],
      ['a'],
    );
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        value: fc.oneof(nearMisses, fc.jsonValue({ maxDepth: 2 })),
      }),
      fc.record({ kind: fc.constant('delete' as const) }),
      fc.record({
        kind: fc.constant('add' as const),
        key: fc.constantFrom('extra', 'id', 'url', 'time', '$schema'),
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
        expect(fromOurs(file)).toEqual(fromAjv(file));
      }),
      { numRuns: 400 },
    );
  });
});

describe('showValue', () => {
  it('shows text quoted and shortened, and other values by kind', () => {
    expect(showValue('1917-13-45')).toBe('"1917-13-45"');
    expect(showValue('a'.repeat(100))).toBe(`"${'a'.repeat(60)}…"`);
    expect(showValue(5)).toBe('the number 5');
    expect(showValue([1, 2])).toBe('a list of 2');
    expect(showValue({})).toBe('an object');
    expect(showValue(null)).toBe('null');
  });

  it('never cuts an emoji or other character outside the BMP in half', () => {
    expect(showValue('🏳️‍🌈'.repeat(40))).not.toMatch(/[\uD800-\uDBFF]…/);
  });
});
