/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break arbitrary JSON by hand, as a curator would */
/**
 * Broken curation and source files a historian might produce by hand: each must
 * give a clear one-line error naming the file (and event and field where there is
 * one), a non-zero exit, and leave events.json exactly as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runExtractCli } from './cli';

const projectRoot = join(import.meta.dirname, '..', '..');
const PAGE = 'sources/stormy-passage/pages/376.json';
const TEXT = 'sources/stormy-passage/pages/376.txt';
const BEFORE = '{"previous": "events.json, to be kept byte for byte"}\n';
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  folders.push(dir);
  cpSync(join(projectRoot, 'curation'), join(dir, 'curation'), { recursive: true });
  cpSync(join(projectRoot, 'sources'), join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'events.json'), BEFORE);
  return dir;
}

function editJson(dir: string, file: string, edit: (data: any) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

function run(dir: string) {
  const errors: string[] = [];
  const code = runExtractCli(['--root', dir, '--quiet'], {
    log: () => {},
    error: (l) => errors.push(l),
  });
  return { code, errors, after: readFileSync(join(dir, 'events.json'), 'utf8') };
}

const firstEvent = (data: any) => data.events[0];

const brokenCases: [string, (dir: string) => void, RegExp][] = [
  [
    'an event without a title',
    (dir) => editJson(dir, PAGE, (d) => delete firstEvent(d).title),
    /376\.json: events\[0\]: "winter-palace-invaded": missing required field "title"/,
  ],
  [
    'people given as a string instead of a list',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).people = 'krasnov')),
    /376\.json: events\[0\]\.people: "winter-palace-invaded": must be array/,
  ],
  [
    'an anchor that matches twice',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).anchor = 'the Soviets')),
    /events\[0\]\.anchor: "winter-palace-invaded": "the Soviets" occurs 3 times \(at \d+, \d+, \d+\); lengthen it/,
  ],
  [
    'an anchor that matches nowhere',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) => (firstEvent(d).anchor = 'While the crowd was invading the Kremlin'),
      ),
    /events\[0\]\.anchor: "winter-palace-invaded": .*not in the reading text; nearest match at 0/,
  ],
  [
    'an unknown person',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).people = ['trotsky'])),
    /events\[0\]\.people\[0\]: "winter-palace-invaded": unknown person id "trotsky"/,
  ],
  [
    'an impossible date',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.edtf = '1917-02-30')),
    /events\[0\]\.date\.edtf: "winter-palace-invaded": 1917-02-30 is not a date/,
  ],
  [
    'a span that ends before it starts',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.edtf = '1917-11-09/1917-11-07')),
    /events\[0\]\.date\.edtf: "winter-palace-invaded": "1917-11-09\/1917-11-07" ends before it starts/,
  ],
  [
    'a relation that contradicts the dates',
    (dir) =>
      editJson(dir, PAGE, (d) => {
        const gatchina = d.events.find((e: any) => e.id === 'gatchina-occupied');
        gatchina.relations = [{ kind: 'before', event: 'congress-opens' }];
      }),
    /376\.json: events\[16\]\.relations\[0\]: "gatchina-occupied": no dates allow this chain .*"gatchina-occupied" before "congress-opens" \(events\[16\]\.relations\[0\]\)/,
  ],
  [
    'a chain of relations no dates allow, though no pair of them shows it',
    (dir) =>
      editJson(dir, PAGE, (d) => {
        const byId = (id: string) => d.events.find((e: any) => e.id === id);
        const someDay = byId('kerensky-joins-echelons');
        someDay.date.edtf = '1917-11-XX';
        someDay.relations = [{ kind: 'before', event: 'congress-opens' }];
        byId('krasnov-telegram').relations = [{ kind: 'before', event: 'kerensky-joins-echelons' }];
      }),
    /376\.json: events\[15\]\.relations\[0\]: "krasnov-telegram": no dates allow this chain \(short by 1 day 1 h 20 min\): "krasnov-telegram" is no earlier than 1917-11-09T00:00 \(events\[15\]\.date\.edtf "1917-11-09"\); "krasnov-telegram" before "kerensky-joins-echelons" \(events\[15\]\.relations\[0\]\); "kerensky-joins-echelons" before "congress-opens" \(events\[11\]\.relations\[0\]\); "congress-opens" is no later than 1917-11-07T22:40 \(events\[1\]\.date\.time "22:40"\)$/,
  ],
  [
    'a shape that is neither instant nor span',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.shape = 'moment')),
    /events\[0\]\.date\.shape: "winter-palace-invaded": must be one of "instant", "span"/,
  ],
  [
    'an estimate outside the day it guesses in',
    (dir) =>
      editJson(dir, PAGE, (d) => {
        const gatchina = d.events.find((e: any) => e.id === 'gatchina-occupied');
        gatchina.date.estimate = { time: '15:00', note: 'A late account.' };
      }),
    /events\[16\]\.date\.estimate\.time: "gatchina-occupied": lies outside the date's own window/,
  ],
  [
    'an estimate with both a time and a part of day',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) => (firstEvent(d).date.estimate = { time: '23:00', partOfDay: 'night', note: 'x' }),
      ),
    /events\[0\]\.date\.estimate: "winter-palace-invaded": give either a time or a part of day, not both/,
  ],
  [
    'a reading without its source',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) => (firstEvent(d).date.readings = [{ edtf: '1917-11-08', note: 'Reed.' }]),
      ),
    /events\[0\]\.date\.readings\[0\]: "winter-palace-invaded": missing required field "citation"/,
  ],
  [
    'a reading whose date is not EDTF',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) =>
          (firstEvent(d).date.readings = [
            { edtf: 'that night', note: 'Reed.', citation: { title: 'Reed' } },
          ]),
      ),
    /events\[0\]\.date\.readings\[0\]\.edtf: "winter-palace-invaded": "that night" is not EDTF/,
  ],
  [
    'a relation of an unknown kind',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) => (firstEvent(d).relations = [{ kind: 'causes', event: 'congress-opens' }]),
      ),
    /events\[0\]\.relations\[0\]\.kind: "winter-palace-invaded": must be one of "before", "after", "during", "part-of", "reports"/,
  ],
  [
    'a duplicate event id',
    (dir) => editJson(dir, PAGE, (d) => (d.events[1].id = d.events[0].id)),
    /events\[1\]\.id: "winter-palace-invaded": duplicate event id/,
  ],
  [
    'a duplicate place id',
    (dir) => editJson(dir, 'curation/places.json', (d) => (d.places[1].id = d.places[0].id)),
    /places\.json: places\[1\]\.id: "winter-palace": duplicate id/,
  ],
  [
    'a historical date without a citation',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.citations = [])),
    /376\.json: events\[0\]\.date\.citations: "winter-palace-invaded": must NOT have fewer than 1 items/,
  ],
  [
    'a source page in Latin-1',
    (dir) =>
      writeFileSync(join(dir, TEXT), Buffer.from('On November 8 the g\xeanerai agreed.', 'latin1')),
    /376\.txt: not UTF-8 \(invalid byte 0xea at offset 19\).*iconv/,
  ],
  [
    'a source page in UTF-16',
    (dir) =>
      writeFileSync(
        join(dir, TEXT),
        Buffer.from('\ufeffOn November 8 the general agreed.', 'utf16le'),
      ),
    /376\.txt: the page is UTF-16 \(little-endian\), not UTF-8; convert it with `iconv -f UTF-16LE/,
  ],
  [
    'a curation file that is not JSON',
    (dir) => writeFileSync(join(dir, PAGE), '{ "page": 376, "events": [ '),
    /376\.json: not valid JSON/,
  ],
  [
    'an invalid regular expression in the reading rules',
    (dir) =>
      editJson(
        dir,
        'sources/stormy-passage/reading-rules.json',
        (d) => (d.dropLines = ['(unclosed']),
      ),
    /reading-rules\.json: rules\.dropLines\[0\]: invalid regular expression/,
  ],
];

describe('broken curation', () => {
  it('says once that a blank title is empty, though two of the schema’s rules find it', () => {
    const dir = project();
    editJson(dir, PAGE, (d) => (firstEvent(d).title = '  '));
    const { errors } = run(dir);
    expect(errors.filter((line) => line.includes('events[0].title'))).toEqual([
      'error: sources/stormy-passage/pages/376.json: events[0].title: "winter-palace-invaded": is empty',
    ]);
  });

  it('names an invalid pattern in the reading rules when an events.json with anchors to review is there', () => {
    const dir = project();
    const recorded = readFileSync(join(projectRoot, 'events.json'), 'utf8');
    writeFileSync(join(dir, 'events.json'), recorded);
    editJson(dir, 'sources/stormy-passage/reading-rules.json', (d) => (d.dropLines = ['(']));
    const { code, errors, after } = run(dir);
    expect(code).toBe(1);
    expect(errors[0]).toMatch(
      /^error: sources\/stormy-passage\/reading-rules\.json: rules\.dropLines\[0\]: invalid regular expression/,
    );
    expect(after).toBe(recorded);
  });

  it.each(brokenCases)(
    '%s: one clear line, exit 1, events.json untouched',
    (_name, breakIt, message) => {
      const dir = project();
      breakIt(dir);
      const { code, errors, after } = run(dir);
      expect(code).toBe(1);
      expect(errors[0]).toMatch(/^error: /);
      expect(
        errors.some((line) => message.test(line)),
        errors.join('\n'),
      ).toBe(true);
      expect(errors.every((line) => !line.includes('\n'))).toBe(true);
      expect(after).toBe(BEFORE);
    },
  );
});

describe('awkward but valid input', () => {
  it('reads curation files that start with a byte-order mark', () => {
    const dir = project();
    const path = join(dir, 'curation/people.json');
    writeFileSync(path, `\ufeff${readFileSync(path, 'utf8')}`);
    expect(run(dir).code).toBe(0);
  });

  it('gives the same events from a page saved with CRLF line endings, with raw spans into the CRLF text', () => {
    const reference = project();
    run(reference);
    const dir = project();
    const path = join(dir, TEXT);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
    expect(run(dir).code).toBe(0);
    const lf = JSON.parse(readFileSync(join(reference, 'events.json'), 'utf8'));
    const crlf = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    expect(crlf.sources[0].readingText).toBe(lf.sources[0].readingText);
    expect(crlf.events.map((e: any) => e.anchor.position)).toEqual(
      lf.events.map((e: any) => e.anchor.position),
    );
    for (const event of crlf.events) {
      const raw = crlf.sources[0].rawText.slice(event.anchor.raw.start, event.anchor.raw.end);
      expect(raw.replace(/\s+/g, ' ')).toContain(event.anchor.quote.exact.split(' ')[0]);
    }
  });

  it('extracts a 10 MB source page', () => {
    const dir = project();
    const path = join(dir, TEXT);
    const page = readFileSync(path, 'utf8');
    const filler = 'We still had friends in the ranks, and the men travelled in small groups.\n';
    writeFileSync(path, page + '\n' + filler.repeat(Math.ceil(10_000_000 / filler.length)));
    const { code, after } = run(dir);
    expect(code).toBe(0);
    expect(JSON.parse(after).events).toHaveLength(17);
  }, 120_000);
});
