import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CurationFileKind } from '../curation/validateCurationFile';
import { formatCurationJson, orderKeys } from './formatCurationJson';

const root = join(import.meta.dirname, '..', '..', '..');
const files: [string, CurationFileKind][] = [
  ['curation/people.json', 'peopleFile'],
  ['curation/places.json', 'placesFile'],
  ['curation/lanes.json', 'lanesFile'],
  ['sources/stormy-passage/work.json', 'workFile'],
  ['sources/stormy-passage/reading-rules.json', 'readingRulesFile'],
  ['sources/stormy-passage/pages/376.json', 'pageFile'],
];

/** The same object with every key order reversed, as a page might build it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  );
}

describe('formatCurationJson', () => {
  it.each(files)('writes %s byte for byte as it is committed', async (file, kind) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(await formatCurationJson(kind, JSON.parse(text))).toBe(text);
  });

  it.each(files)('writes %s the same whatever order the keys came in', async (file, kind) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(await formatCurationJson(kind, reversedKeys(JSON.parse(text)))).toBe(text);
  });

  it('keeps a key the schema does not list, after the listed ones', () => {
    expect(Object.keys(orderKeys({ extra: 1, title: 't', id: 'x' }, undefined) as object)).toEqual([
      'extra',
      'title',
      'id',
    ]);
    const page = orderKeys(
      { events: [{ zz: 1, title: 't', id: 'x' }], page: 1 },
      { $ref: '#/$defs/pageFile' },
    ) as { events: object[] };
    expect(Object.keys(page)).toEqual(['page', 'events']);
    expect(Object.keys(page.events[0]!)).toEqual(['id', 'title', 'zz']);
  });

  it('puts a new correction on a line of its own, like the others', async () => {
    const rules = {
      corrections: [
        { note: 'n', reading: 'b', ocr: 'a' },
        { ocr: 'c', reading: 'd' },
      ],
    };
    expect(await formatCurationJson('readingRulesFile', rules)).toBe(
      [
        '{',
        '  "corrections": [',
        '    { "ocr": "a", "reading": "b", "note": "n" },',
        '    { "ocr": "c", "reading": "d" }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });
});
