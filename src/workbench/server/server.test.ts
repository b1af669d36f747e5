/**
 * The workbench server on a random port, over a copy of the real project, sent the
 * requests a hostile page or a confused tab would send. Each refusal is checked for
 * its status and reason, and for leaving every file of the project as it was.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CuratedPage } from '../../extractor/curation/curationTypes';
import type { EventsFile, SourcePageWithText } from '../../lib/events/types';
import { MAX_BODY_BYTES } from './requestChecks';
import { startWorkbenchServer, type RunningWorkbench } from './server';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const PAGE = 'sources/stormy-passage/pages/376.json';
const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';

let root: string;
let outside: string;
let workbench: RunningWorkbench;

function sha(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under the project copy and the folder beside it, with its hash. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[relative(join(root, '..'), path)] = sha(readFileSync(path));
    }
  };
  walk(root);
  walk(outside);
  return files;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** A raw HTTP request, so the test can forge what a browser would never let a page set. */
function send(
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: workbench.port, method, path, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // Not every answer is JSON (the page, events stream).
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The headers the workbench page itself sends with a save. */
function own(extra: Record<string, string> = {}): Record<string, string> {
  return {
    host: `127.0.0.1:${workbench.port}`,
    origin: `http://127.0.0.1:${workbench.port}`,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    'x-workbench-token': TOKEN,
    ...extra,
  };
}

function save(content: unknown, baseVersion: string, headers = own(), path = PAGE) {
  return send('PUT', '/api/file', {
    headers,
    body: JSON.stringify({ path, baseVersion, content }),
  });
}

function readPage(): { text: string; data: CuratedPage; version: string } {
  const text = readFileSync(join(root, PAGE), 'utf8');
  return { text, data: JSON.parse(text) as CuratedPage, version: sha(text) };
}

function withNewEvent(data: CuratedPage, overrides: Record<string, unknown> = {}): CuratedPage {
  return {
    ...data,
    events: [
      ...data.events,
      {
        id: 'friends-in-the-ranks',
        title: 'Friends remain in the ranks',
        summary: 'Some soldiers at the front still side with the old committee.',
        type: 'political',
        lane: 'pskov',
        people: [],
        places: [],
        anchor: 'We still had friends in the ranks.',
        date: {
          edtf: '1917-11-08/1917-11-09',
          basis: 'narrative',
          rationale: 'The paragraph follows the departure of the echelons.',
        },
        relations: [],
        ...overrides,
      } as CuratedPage['events'][number],
    ],
  };
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'workbench-server-'));
  root = join(base, 'project');
  outside = join(base, 'outside');
  mkdirSync(root);
  mkdirSync(join(outside, 'pages'), { recursive: true });
  cpSync(join(projectRoot, 'curation'), join(root, 'curation'), { recursive: true });
  cpSync(join(projectRoot, 'sources'), join(root, 'sources'), { recursive: true });
  cpSync(join(projectRoot, 'events.json'), join(root, 'events.json'));
  writeFileSync(join(root, 'package.json'), '{ "name": "not-a-curation-file" }\n');
  writeFileSync(join(outside, 'secret.json'), '{ "page": 1, "provenance": "x", "events": [] }\n');
  writeFileSync(
    join(outside, 'pages', '1.json'),
    '{ "page": 1, "provenance": "x", "events": [] }\n',
  );
  const dist = join(base, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><head><meta charset="UTF-8" /></head>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1);\n');
  workbench = await startWorkbenchServer({ root, dist, port: 0, token: TOKEN });
});

afterAll(async () => {
  await workbench.close();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

/**
 * A link inside the project to a file outside it, and a work folder that is a link,
 * made for one test only: the extractor would read the linked work as one of the project's.
 */
async function withLinks(run: () => Promise<void>): Promise<void> {
  const links = [
    [join(outside, 'secret.json'), join(root, 'sources/stormy-passage/pages/999.json')],
    [outside, join(root, 'sources/linked-work')],
  ] as const;
  for (const [target, link] of links) symlinkSync(target, link);
  try {
    await run();
  } finally {
    for (const [, link] of links) rmSync(link);
  }
}

let before: Record<string, string>;
beforeEach(() => {
  before = snapshot();
});

function expectNothingWritten() {
  expect(snapshot()).toEqual(before);
}

describe('the workbench page', () => {
  it('carries the token in a meta tag, listens on 127.0.0.1, and may not be framed', async () => {
    expect(workbench.url).toBe(`http://127.0.0.1:${workbench.port}/`);
    const page = await send('GET', '/', { headers: { host: `127.0.0.1:${workbench.port}` } });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="workbench-token" content="${TOKEN}" />`);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('gives a fresh, unguessable token at each start when none is given', async () => {
    const dist = join(root, '..', 'dist');
    const [a, b] = await Promise.all([
      startWorkbenchServer({ root, dist, port: 0 }),
      startWorkbenchServer({ root, dist, port: 0 }),
    ]);
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[\w-]{43}$/);
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses the page to a forged Host, so a rebinding site never sees the token', async () => {
    const page = await send('GET', '/', {
      headers: { host: `attacker.example:${workbench.port}` },
    });
    expect(page.status).toBe(403);
    expect(page.text).not.toContain(TOKEN);
    expect(page.json.error).toMatch(/"attacker\.example:\d+" is not this workbench/);
  });

  it('serves only the build’s own files', async () => {
    const host = { host: `127.0.0.1:${workbench.port}` };
    expect((await send('GET', '/assets/app.js', { headers: host })).status).toBe(200);
    const escapes = [
      '/..%2f..%2fproject/package.json',
      '/assets/%2e%2e/%2e%2e/project/package.json',
    ];
    for (const path of [...escapes, '/.env', '/assets/%00app.js']) {
      expect((await send('GET', path, { headers: host })).status, path).toBe(404);
    }
  });

  it('answers the bundled events.json’s address with the project’s events.json', async () => {
    const reply = await send('GET', '/assets/events-AbC123.json', {
      headers: { host: `127.0.0.1:${workbench.port}` },
    });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(readFileSync(join(root, 'events.json'), 'utf8'));
  });
});

describe('reading a curation file', () => {
  it('starts from the list of source pages and the files their events are kept in', async () => {
    const reply = await send('GET', '/api/sources', { headers: own() });
    expect(reply.json).toEqual({ pages: [{ source: 'stormy-passage-p376', path: PAGE }] });
  });

  it('gives its text and its version, the SHA-256 of its bytes', async () => {
    const reply = await send('GET', `/api/file?path=${encodeURIComponent(PAGE)}`, {
      headers: own(),
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ path: PAGE, version: readPage().version, text: readPage().text });
  });

  it.each([
    ['without the token', { 'x-workbench-token': '' }, 403, /no workbench token/],
    ['with another token', { 'x-workbench-token': 'guess' }, 403, /not this server’s/],
    ['with a forged Host', { host: 'evil.example' }, 403, /not this workbench/],
  ])('is refused %s', async (_name, headers, status, message) => {
    const reply = await send('GET', `/api/file?path=${encodeURIComponent(PAGE)}`, {
      headers: own(headers),
    });
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
  });

  it.each([
    ['sources%2F..%2Fpackage.json', /"\.\." segment/],
    ['sources/stormy-passage/pages/376.txt', /never written/],
    ['sources/stormy-passage/pages/999.json', /symbolic link/],
    ['sources/linked-work/pages/1.json', /symbolic link/],
  ])('is refused for %s', (path, message) =>
    withLinks(async () => {
      const reply = await send('GET', `/api/file?path=${path}`, { headers: own() });
      expect(reply.status).toBe(403);
      expect(reply.json.error).toMatch(message);
      expect(reply.text).not.toContain('provenance');
    }),
  );
});

describe('the tagger’s proposal', () => {
  async function propose(words: string) {
    const { readingText } = (
      JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')) as EventsFile<SourcePageWithText>
    ).sources[0]!;
    const start = readingText.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    return send(
      'GET',
      `/api/propose?source=stormy-passage-p376&start=${start}&end=${start + words.length}`,
      { headers: own() },
    );
  }

  it('proposes the day the page states before the passage, with its words and place', async () => {
    const reply = await propose('We still had friends in the ranks.');
    expect(reply.status, reply.text).toBe(200);
    expect(reply.json.proposal).toMatchObject({
      edtf: '1917-11-08',
      basis: 'stated',
      day: { text: 'On November 8', inPassage: false },
    });
  });

  it('is refused for a page the project does not have, or a passage that is no span', async () => {
    const unknown = await send('GET', '/api/propose?source=nowhere-p1&start=0&end=4', {
      headers: own(),
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/nowhere-p1: no such source page/);
    const backwards = await send('GET', '/api/propose?source=stormy-passage-p376&start=9&end=2', {
      headers: own(),
    });
    expect(backwards.status).toBe(400);
  });
});

describe('a save', () => {
  it('writes the file in its own layout, gives the diff, re-extracts events.json and tells the page', async () => {
    const page = readPage();
    const changes = await openChangeStream();
    const reply = await save(withNewEvent(page.data), page.version);
    expect(reply.status, reply.text).toBe(200);

    const written = readPage();
    expect(reply.json.version).toBe(written.version);
    expect(written.data.events.at(-1)!.id).toBe('friends-in-the-ranks');
    // Two-space JSON in schema key order: the diff is only the new event.
    expect(written.text.startsWith(page.text.slice(0, page.text.lastIndexOf('    }\n  ]')))).toBe(
      true,
    );
    const diff = reply.json.diff as string;
    expect(diff).toMatch(/^--- a\/sources\/stormy-passage\/pages\/376\.json/m);
    expect(diff).toContain('+      "id": "friends-in-the-ranks",');
    expect(
      diff.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---')),
    ).toEqual([]);

    const events = JSON.parse(
      readFileSync(join(root, 'events.json'), 'utf8'),
    ) as EventsFile<SourcePageWithText>;
    const made = events.events.find((event) => event.id === 'friends-in-the-ranks');
    expect(made?.anchor.quote.exact).toBe('We still had friends in the ranks.');
    expect(reply.json.eventsWritten).toBe(true);
    expect(await changes.next()).toMatch(/^event: events\ndata: [0-9a-f]{64}$/);
    changes.close();
  });

  it('saving what the file already says writes nothing and gives an empty diff', async () => {
    const page = readPage();
    const reply = await save(page.data, page.version);
    expect(reply.status).toBe(200);
    expect(reply.json.diff).toBe('');
    expectNothingWritten();
  });

  it('based on a version the file no longer has meets a conflict with both versions', async () => {
    const stale = readPage();
    // Another tab or an editor changes the file after the curator read it.
    const edited = stale.text.replace('"provenance": "', '"provenance": "Edited elsewhere. ');
    writeFileSync(join(root, PAGE), edited);
    before = snapshot();

    const reply = await save(withNewEvent(stale.data, { id: 'a-stale-event' }), stale.version);
    expect(reply.status).toBe(409);
    expect(reply.json.error).toMatch(/changed on disk since it was read/);
    expect(reply.json.current).toEqual({ path: PAGE, version: sha(edited), text: edited });
    expect(reply.json.yours).toContain('"id": "a-stale-event"');
    expect(reply.json.diff).toContain('-  "provenance": "Edited elsewhere.');
    expectNothingWritten();
  });

  it('that brings a curation problem is refused with the extractor’s words', async () => {
    const page = readPage();
    const event = { id: 'lane-problem', lane: 'no-such-lane' };
    const reply = await save(withNewEvent(page.data, event), page.version);
    expect(reply.status).toBe(422);
    expect(reply.json.problems).toEqual([
      expect.objectContaining({
        file: PAGE,
        item: 'lane-problem',
        field: expect.stringMatching(/lane$/),
        message: expect.stringMatching(/no-such-lane/),
      }),
    ]);
    expectNothingWritten();
  });

  it('that fails the schema is refused, naming the field', async () => {
    const page = readPage();
    const event = { id: 'schema-problem', type: 'battle' };
    const reply = await save(withNewEvent(page.data, event), page.version);
    expect(reply.status).toBe(422);
    expect(JSON.stringify(reply.json.problems)).toMatch(/type.*must be one of/);
    expectNothingWritten();
  });

  it('may be checked without writing: the problems a save would bring', async () => {
    const page = readPage();
    const reply = await send('POST', '/api/check', {
      headers: own(),
      body: JSON.stringify({
        path: PAGE,
        content: withNewEvent(page.data, { id: 'anchor-problem', anchor: 'echelons' }),
      }),
    });
    expect(reply.status).toBe(200);
    expect(reply.json.problems).toEqual([
      expect.objectContaining({
        item: 'anchor-problem',
        field: expect.stringMatching(/anchor$/),
        message: expect.stringMatching(
          /"echelons" occurs \d+ times .*lengthen it until it is unique/,
        ),
      }),
    ]);
    expectNothingWritten();
  });

  it('reads the draft’s date back as the extractor does: its own window and the one its relations leave', async () => {
    const page = readPage();
    const reply = await send('POST', '/api/check', {
      headers: own(),
      body: JSON.stringify({
        path: PAGE,
        event: 'date-read-back',
        content: withNewEvent(page.data, {
          id: 'date-read-back',
          date: {
            edtf: '1917-11-08',
            partOfDay: 'evening',
            basis: 'narrative',
            rationale: 'After the departure of the echelons.',
          },
        }),
      }),
    });
    expect(reply.status, reply.text).toBe(200);
    const evening = { earliest: '1917-11-08T18:00', latest: '1917-11-08T23:59' };
    expect(reply.json.date).toEqual({
      own: expect.objectContaining({ shape: 'instant', window: { start: evening, end: evening } }),
      tightened: expect.objectContaining({ window: { start: evening, end: evening } }),
    });
    expectNothingWritten();
  });

  it('gives no own window for a date the extractor cannot read', async () => {
    const page = readPage();
    const reply = await send('POST', '/api/check', {
      headers: own(),
      body: JSON.stringify({
        path: PAGE,
        event: 'date-read-back',
        content: withNewEvent(page.data, {
          id: 'date-read-back',
          date: { edtf: '1917-11-31', basis: 'narrative', rationale: 'x' },
        }),
      }),
    });
    expect(reply.json.date).toEqual({ own: null, tightened: null });
  });

  const forged: [string, Record<string, string>, number, RegExp][] = [
    ['from a foreign Origin', { origin: 'https://evil.example' }, 403, /from https:\/\/evil/],
    ['with no Origin', { origin: '' }, 403, /Origin header/],
    ['the browser calls cross-site', { 'sec-fetch-site': 'cross-site' }, 403, /"cross-site"/],
    ['with a forged Host', { host: 'evil.example:80' }, 403, /not this workbench/],
    ['without the token', { 'x-workbench-token': '' }, 403, /no workbench token/],
    ['with a guessed token', { 'x-workbench-token': 'x'.repeat(46) }, 403, /not this server’s/],
    ['sent as a form', { 'content-type': 'text/plain' }, 415, /must be JSON/],
  ];
  it.each(forged)('%s is refused and writes nothing', async (_name, headers, status, message) => {
    const page = readPage();
    const clean = Object.fromEntries(Object.entries(own(headers)).filter(([, v]) => v !== ''));
    const reply = await save(withNewEvent(page.data), page.version, clean);
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
    expectNothingWritten();
  });

  it.each([
    ['a parent folder', 'sources/../package.json', /"\.\." segment/],
    ['an absolute path', '/etc/passwd', /absolute/],
    ['an encoded slash', 'sources%2Fstormy-passage%2Fpages%2F376.json', /percent sign/],
    ['a link to a file outside', 'sources/stormy-passage/pages/999.json', /symbolic link/],
    ['a linked work folder', 'sources/linked-work/pages/1.json', /symbolic link/],
    ['a source page’s text', 'sources/stormy-passage/pages/376.txt', /never written/],
  ])('to %s is refused and writes nothing', (_name, path, message) =>
    withLinks(async () => {
      const content = { page: 1, provenance: 'x', events: [] };
      const reply = await save(
        content,
        sha(readFileSync(join(outside, 'secret.json'))),
        own(),
        path,
      );
      expect(reply.status).toBe(403);
      expect(reply.json.error).toMatch(message);
      expectNothingWritten();
    }),
  );

  it('with a body over the limit is refused before it is read', async () => {
    const reply = await send('PUT', '/api/file', {
      headers: own({ 'content-length': String(MAX_BODY_BYTES + 1) }),
      body: 'x'.repeat(64),
    });
    expect(reply.status).toBe(413);
    expect(reply.json.error).toMatch(/over 2048 kB/);
    expectNothingWritten();
  });

  it('streamed past the limit without a length is refused', async () => {
    const page = readPage();
    const huge = JSON.stringify({
      path: PAGE,
      baseVersion: page.version,
      content: { ...page.data, provenance: 'y'.repeat(MAX_BODY_BYTES) },
    });
    const reply = await send('PUT', '/api/file', {
      headers: own({ 'transfer-encoding': 'chunked' }),
      body: huge,
    });
    expect(reply.status, reply.text).toBe(413);
    expectNothingWritten();
  });

  it.each([
    ['malformed JSON', '{"path": "curation/people.json", "content": {', 400, /not valid JSON/],
    ['JSON that is not an object', '[1, 2]', 400, /must be an object/],
    [
      'no base version',
      JSON.stringify({ path: 'curation/people.json', content: {} }),
      400,
      /the version it was based on/,
    ],
  ])('with %s is refused and writes nothing', async (_name, body, status, message) => {
    const reply = await send('PUT', '/api/file', { headers: own(), body });
    expect(reply.status).toBe(status);
    expect(reply.json.error).toMatch(message);
    expectNothingWritten();
  });
});

describe('an OCR correction', () => {
  const RULES = 'sources/stormy-passage/reading-rules.json';
  const readRules = () => {
    const text = readFileSync(join(root, RULES), 'utf8');
    return { text, version: sha(text), data: JSON.parse(text) as { corrections: unknown[] } };
  };
  const withCorrection = (ocr: string, reading: string) => {
    const { data } = readRules();
    return { ...data, corrections: [...data.corrections, { ocr, reading, note: 'a test' }] };
  };
  const preview = (content: unknown) =>
    send('POST', '/api/rules-preview', {
      headers: own(),
      body: JSON.stringify({ path: RULES, content }),
    });

  it('is previewed: anchors the change leaves alone kept, the one it edits queued for review', async () => {
    const reply = await preview(withCorrection('had reached Gatchina', 'reached Gatchina'));
    expect(reply.status, reply.text).toBe(200);
    const anchors = reply.json.anchors as {
      id: string;
      status: string;
      reason?: string;
      description?: string;
    }[];
    const review = anchors.filter((a) => a.status === 'review');
    expect(review).toEqual([
      expect.objectContaining({
        id: 'gatchina-occupied',
        reason: 'changed',
        file: PAGE,
        description: expect.stringMatching(/now reads "His head echelons reached Gatchina/),
      }),
    ]);
    expect(anchors.filter((a) => a.status === 'kept').length).toBe(
      readPage().data.events.length - 1,
    );
    expectNothingWritten();
  });

  it('that matches nowhere in the text is refused, saying so', async () => {
    const reply = await preview(withCorrection('Gatchlna', 'Gatchina'));
    expect(reply.status).toBe(422);
    expect((reply.json.problems as { message: string }[])[0]!.message).toMatch(
      /^OCR correction "Gatchlna" matches nowhere in the work's text/,
    );
    expectNothingWritten();
  });

  const saveAll = (files: { path: string; baseVersion: string; content: unknown }[]) =>
    send('PUT', '/api/files', { headers: own(), body: JSON.stringify({ files }) });

  it('saved alone, leaving an anchor that no longer reads, is refused and writes nothing', async () => {
    const rules = readRules();
    const reply = await saveAll([
      {
        path: RULES,
        baseVersion: rules.version,
        content: withCorrection('had reached Gatchina', 'reached Gatchina'),
      },
    ]);
    expect(reply.status).toBe(422);
    expect(JSON.stringify(reply.json.problems)).toMatch(/gatchina-occupied/);
    expectNothingWritten();
  });

  it('based on a stale version of one of its files meets a conflict and writes none of them', async () => {
    const rules = readRules();
    const page = readPage();
    const reply = await saveAll([
      { path: RULES, baseVersion: rules.version, content: rules.data },
      { path: PAGE, baseVersion: sha('not the version'), content: page.data },
    ]);
    expect(reply.status).toBe(409);
    expectNothingWritten();
  });

  it('saved with the anchor it moved, confirmed, writes both files and events.json', async () => {
    const rules = readRules();
    const page = readPage();
    const events = page.data.events.map((e) =>
      e.id === 'gatchina-occupied'
        ? { ...e, anchor: e.anchor.replace('had reached', 'reached') }
        : e,
    );
    const reply = await saveAll([
      {
        path: RULES,
        baseVersion: rules.version,
        content: withCorrection('had reached Gatchina', 'reached Gatchina'),
      },
      { path: PAGE, baseVersion: page.version, content: { ...page.data, events } },
    ]);
    expect(reply.status, reply.text).toBe(200);
    expect(reply.json.eventsWritten).toBe(true);
    expect(readRules().data.corrections.at(-1)).toEqual({
      ocr: 'had reached Gatchina',
      reading: 'reached Gatchina',
      note: 'a test',
    });
    const written = JSON.parse(
      readFileSync(join(root, 'events.json'), 'utf8'),
    ) as EventsFile<SourcePageWithText>;
    expect(written.sources[0]!.readingText).toContain('His head echelons reached Gatchina');
    expect(reply.json.diff).toMatch(/\+\+\+ b\/sources\/stormy-passage\/reading-rules\.json/);
    expect(reply.json.diff).toMatch(/\+\+\+ b\/sources\/stormy-passage\/pages\/376\.json/);
  });
});

/** Listens to the server's change stream; `next()` gives the next message. */
async function openChangeStream() {
  const messages: string[] = [];
  let wake: (() => void) | null = null;
  let buffer = '';
  const req = httpRequest({
    host: '127.0.0.1',
    port: workbench.port,
    path: `/api/changes?token=${TOKEN}`,
    headers: { host: `127.0.0.1:${workbench.port}` },
  });
  await new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!message.startsWith(':')) messages.push(message);
          wake?.();
        }
      });
      resolve();
    });
    req.on('error', reject);
    req.end();
  });
  return {
    next: async () => {
      while (messages.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return messages.shift()!;
    },
    close: () => req.destroy(),
  };
}

describe('anchors a hand edit moved', () => {
  const RULES = 'sources/stormy-passage/reading-rules.json';
  const status = () => send('GET', '/api/status', { headers: own() });
  const resolve = (ids: unknown, headers = own()) =>
    send('POST', '/api/anchor-review', { headers, body: JSON.stringify({ ids }) });

  it('are queued for review when the rules change on disk, and leave the queue once fixed and confirmed', async () => {
    // An editor takes a correction out of the rules: a passage now reads "Govemment".
    const rulesText = readFileSync(join(root, RULES), 'utf8');
    const rules = JSON.parse(rulesText) as { corrections: { ocr: string }[] };
    rules.corrections = rules.corrections.filter((c) => c.ocr !== 'Govemment');
    writeFileSync(join(root, RULES), JSON.stringify(rules, null, 2));

    const queued = await status();
    expect(queued.status).toBe(200);
    const review = queued.json.review as {
      id: string;
      reason: string;
      file: string;
      found: { text: string };
      description: string;
    }[];
    expect(review.map((r) => [r.id, r.reason, r.file])).toEqual([
      ['government-deposed', 'changed', PAGE],
    ]);
    expect(review[0]!.description).toMatch(/now reads ".*Provisional Govemment was deposed\."/);

    // A confirmation from another site, or of something that is not a list of ids, is refused.
    before = snapshot();
    const foreign = await resolve(['government-deposed'], own({ origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    expect((await resolve('government-deposed')).status).toBe(400);
    expectNothingWritten();
    expect(((await status()).json.review as unknown[]).length).toBe(1);

    // The curator's fix: the passage as it now reads, saved; then the queue is told.
    const page = readPage();
    const events = page.data.events.map((e) =>
      e.id === 'government-deposed' ? { ...e, anchor: review[0]!.found.text } : e,
    );
    expect((await save({ ...page.data, events }, page.version)).status).toBe(200);
    const resolved = await resolve(['government-deposed']);
    expect(resolved.status, resolved.text).toBe(200);
    expect(resolved.json.review).toEqual([]);
    const written = JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')) as EventsFile;
    expect(written.events.find((e) => e.id === 'government-deposed')?.anchor.quote.exact).toMatch(
      /Govemment was deposed\.$/,
    );
    expect((await status()).json.review).toEqual([]);
  });
});
