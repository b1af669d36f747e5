/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break events.json on purpose */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeHttpFailure, parseEventsFile } from './parseEventsFile';

const root = join(import.meta.dirname, '..', '..', '..');
const bundledText = readFileSync(join(root, 'events.json'), 'utf8');
const bundled = JSON.parse(bundledText);

function edited(edit: (file: any) => void): string {
  const copy = structuredClone(bundled);
  edit(copy);
  return JSON.stringify(copy);
}

function errorOf(text: string): { error: string; details: string[] } {
  const result = parseEventsFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

describe('parseEventsFile', () => {
  it('accepts the bundled events.json with every event and no problems', () => {
    const result = parseEventsFile(bundledText);
    expect(result).toMatchObject({ ok: true, problems: [] });
    if (result.ok) expect(result.data.events).toHaveLength(bundled.events.length);
  });

  it('accepts a file with format version 1 and empty lists', () => {
    const result = parseEventsFile(
      '{"formatVersion":1,"sources":[],"lanes":[],"people":[],"places":[],"events":[]}',
    );
    expect(result).toEqual({
      ok: true,
      data: { formatVersion: 1, sources: [], lanes: [], people: [], places: [], events: [] },
      problems: [],
    });
  });

  it('names a JSON syntax error', () => {
    expect(errorOf('{"formatVersion":1}}').error).toMatch(
      /^events\.json is not valid JSON \(.+\)\.$/,
    );
  });

  it('says a file that stops early looks cut off, and where it stops', () => {
    const cut = bundledText.slice(0, 20_000);
    const { error, details } = errorOf(cut);
    expect(error).toMatch(
      /^events\.json is not valid JSON: it stops after 20,000 characters in the middle of (a text|an object|a list), as if it was cut off\.$/,
    );
    expect(details[0]).toMatch(/^JSON\.parse: /);
    expect(errorOf('{"formatVersion": 1,').error).toContain('in the middle of an object');
    expect(errorOf('{"events": ["abc').error).toContain('in the middle of a text');
    expect(errorOf('[1, 2').error).toContain('in the middle of a list');
  });

  it('says so when the file is empty or the server sent a web page instead', () => {
    expect(errorOf('').error).toBe('events.json is empty.');
    expect(errorOf('  \n').error).toBe('events.json is empty.');
    const page = errorOf('<!doctype html>\n<html><head><title>Not found</title>');
    expect(page.error).toMatch(/the server sent a web page instead/);
    expect(page.details).toEqual(['The answer begins: <!doctype html> <html><head><title>Not f…']);
  });

  it('refuses other format versions and files without one', () => {
    expect(errorOf('{"formatVersion":2}').error).toBe(
      'events.json has format version 2; this app reads version 1.',
    );
    expect(errorOf('{"events":[]}').error).toBe(
      'events.json has no format version: it is not an events file of this app.',
    );
  });

  it('names the path and value of each schema problem outside the events', () => {
    const { error, details } = errorOf(
      edited((f) => {
        f.sources[0].page = '376';
        delete f.lanes[0].label;
        f.places[0].coordinates = [200, 59];
      }),
    );
    expect(error).toBe('events.json does not match its format: 3 problems outside the events.');
    expect(details).toEqual([
      '/sources/0/page: must be a whole number, not "376"',
      '/lanes/0: is missing the field "label"',
      '/places/0/coordinates/0: must be at most 180, not 200',
    ]);
  });

  it('refuses a file that is not an object, or lacks a list', () => {
    expect(errorOf('[1]').details).toEqual([
      '(the whole file): must be an object, not a list of 1',
    ]);
    expect(errorOf('null').details).toEqual(['(the whole file): must be an object, not null']);
    expect(errorOf(edited((f) => delete f.people)).details).toEqual([
      '(the whole file): is missing the field "people"',
    ]);
    expect(errorOf(edited((f) => (f.events = 'none'))).details).toEqual([
      '/events: must be a list, not "none"',
    ]);
  });

  it('lists the first twelve problems and counts the rest', () => {
    const { error, details } = errorOf(
      edited((f) => {
        for (let i = 0; i < 20; i++) f[`extra${i}`] = i;
      }),
    );
    expect(error).toMatch(/20 problems/);
    expect(details).toHaveLength(13);
    expect(details.at(-1)).toBe('… and 8 more.');
  });

  it('refuses two people, places, lanes or sources with one id, naming both', () => {
    const { error, details } = errorOf(
      edited((f) => {
        f.people.push({ ...f.people[0] });
        f.lanes[1].id = f.lanes[0].id;
      }),
    );
    expect(error).toBe('events.json gives the same id to two entries of one list.');
    expect(details).toEqual([
      `/lanes/1/id: "${bundled.lanes[0].id}" is also the id at /lanes/0`,
      `/people/${bundled.people.length}/id: "${bundled.people[0].id}" is also the id at /people/0`,
    ]);
  });

  it('leaves out events that fail the schema and keeps the rest', () => {
    const result = parseEventsFile(
      edited((f) => {
        f.events[1].date.window.start.earliest = 'yesterday';
        delete f.events[3].title;
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.events.map((e) => e.id)).toEqual(
      bundled.events.filter((_: unknown, i: number) => i !== 1 && i !== 3).map((e: any) => e.id),
    );
    expect(result.problems).toEqual([
      {
        id: bundled.events[1].id,
        index: 1,
        leftOut: true,
        reasons: [
          'date/window/start/earliest: must be a date and time like 1917-11-07T22:40, not "yesterday"',
        ],
      },
      {
        id: bundled.events[3].id,
        index: 3,
        leftOut: true,
        reasons: ['is missing the field "title"'],
      },
    ]);
  });
});

describe('describeHttpFailure', () => {
  it('names the status code and text', () => {
    expect(describeHttpFailure(404, 'Not Found')).toBe(
      'events.json could not be loaded: the server answered HTTP 404 Not Found.',
    );
    expect(describeHttpFailure(500, '')).toBe(
      'events.json could not be loaded: the server answered HTTP 500.',
    );
  });
});
