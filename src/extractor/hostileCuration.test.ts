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
    /376\.json: "winter-palace-invaded": \/events\/0: missing required field "title"/,
  ],
  [
    'people given as a string instead of a list',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).people = 'krasnov')),
    /376\.json: "winter-palace-invaded": \/events\/0\/people: must be array/,
  ],
  [
    'an anchor that matches twice',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).anchor = 'the Soviets')),
    /"winter-palace-invaded": anchor: "the Soviets" occurs 3 times \(at \d+, \d+, \d+\); lengthen it/,
  ],
  [
    'an anchor that matches nowhere',
    (dir) =>
      editJson(
        dir,
        PAGE,
        (d) => (firstEvent(d).anchor = 'While the crowd was invading the Kremlin'),
      ),
    /"winter-palace-invaded": anchor: .*not in the reading text; nearest match at 0/,
  ],
  [
    'an unknown person',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).people = ['trotsky'])),
    /"winter-palace-invaded": people\/0: unknown person id "trotsky"/,
  ],
  [
    'an impossible date',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.edtf = '1917-02-30')),
    /"winter-palace-invaded": date\.edtf: 1917-02-30 is not a date/,
  ],
  [
    'a span that ends before it starts',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.edtf = '1917-11-09/1917-11-07')),
    /"winter-palace-invaded": date\.edtf: /,
  ],
  [
    'a relation that contradicts the dates',
    (dir) =>
      editJson(dir, PAGE, (d) => {
        const gatchina = d.events.find((e: any) => e.id === 'gatchina-occupied');
        gatchina.relations = [{ kind: 'before', event: 'congress-opens' }];
      }),
    /"gatchina-occupied": relations\/0: "before congress-opens" contradicts the dates/,
  ],
  [
    'a duplicate event id',
    (dir) => editJson(dir, PAGE, (d) => (d.events[1].id = d.events[0].id)),
    /"winter-palace-invaded": events\/1\/id: duplicate event id/,
  ],
  [
    'a duplicate place id',
    (dir) => editJson(dir, 'curation/places.json', (d) => (d.places[1].id = d.places[0].id)),
    /places\.json: "winter-palace": places\/1\/id: duplicate id/,
  ],
  [
    'a historical date without a citation',
    (dir) => editJson(dir, PAGE, (d) => (firstEvent(d).date.citations = [])),
    /376\.json: "winter-palace-invaded": \/events\/0\/date\/citations: must NOT have fewer than 1 items/,
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
    expect(errors.filter((line) => line.includes('/events/0/title'))).toEqual([
      'error: sources/stormy-passage/pages/376.json: "winter-palace-invaded": /events/0/title: is empty',
    ]);
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
