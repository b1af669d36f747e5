import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject } from '../curation/loadProject';
import { extract } from '../extract';
import { runImportCli } from './cli';
import { formatCurationJson } from '../output/formatCurationJson';
import { newPageCuration, pageFilesOf, splitAtFormFeeds } from './importPages';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project with the work "stormy-passage" and a folder for the files to import. */
function project(): { root: string; inbox: string; pages: string } {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  folders.push(root);
  cpSync(join(projectRoot, 'curation'), join(root, 'curation'), { recursive: true });
  cpSync(join(projectRoot, 'sources'), join(root, 'sources'), { recursive: true });
  mkdirSync(join(root, 'inbox'));
  return { root, inbox: join(root, 'inbox'), pages: join(root, 'sources/stormy-passage/pages') };
}

function run(root: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runImportCli([...args, '--root', root], {
    log: (l) => out.push(l),
    error: (l) => err.push(l),
  });
  return { code, out, err };
}

const BOOK = [
  'Stormy Passage 377\n\ntown, and waited for the rest of the echelons.\n',
  '378 STORMY PASSAGE\n\nOn November 10 nothing moved.\n',
  '\n',
].join('\f');

describe('npm run import', () => {
  it('splits a full text at its form feeds into page files, text exactly as it came', async () => {
    const { root, inbox, pages } = project();
    writeFileSync(join(inbox, 'book_djvu.txt'), `${BOOK}\f`);
    const { code, out } = run(root, [
      join(inbox, 'book_djvu.txt'),
      '--work',
      'stormy-passage',
      '--first-page',
      '377',
    ]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(
      /^imported 3 pages \(p\. 377–379\) into sources\/stormy-passage\/pages\/ in [\d.]+ s: 3 new curation file\(s\); next: npm run extract$/,
    );
    expect(readFileSync(join(pages, '377.txt'), 'utf8')).toBe(BOOK.split('\f')[0]);
    expect(readFileSync(join(pages, '379.txt'), 'utf8')).toBe('\n');
    expect(JSON.parse(readFileSync(join(pages, '378.json'), 'utf8'))).toMatchObject({
      page: 378,
      provenance: 'Imported from book_djvu.txt',
      events: [],
    });
    // The extractor reads the new pages as they are, the running heads dropped.
    const { events } = extract(loadProject(root));
    const p377 = events.sources.find((s) => s.page === 377)!;
    expect(p377.readingText).toBe('town, and waited for the rest of the echelons.');
    expect(readdirSync(pages).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('takes a folder of page files in the order of their numbers', async () => {
    const { root, inbox, pages } = project();
    writeFileSync(join(inbox, 'page-10.txt'), 'ten\n');
    writeFileSync(join(inbox, 'page-9.txt'), 'nine\n');
    writeFileSync(join(inbox, 'notes.md'), 'not a page\n');
    expect(pageFilesOf(inbox)).toEqual(['page-9.txt', 'page-10.txt']);
    const { code } = run(root, [inbox, '--work', 'stormy-passage', '--first-page', '400']);
    expect(code).toBe(0);
    expect(readFileSync(join(pages, '400.txt'), 'utf8')).toBe('nine\n');
    expect(readFileSync(join(pages, '401.txt'), 'utf8')).toBe('ten\n');
  });

  it('refuses to overwrite a page without --force, and writes nothing', async () => {
    const { root, inbox, pages } = project();
    writeFileSync(join(inbox, 'book.txt'), 'one\fpage 376 again\f');
    const before = readdirSync(pages).sort();
    const refused = run(root, [
      join(inbox, 'book.txt'),
      '--work',
      'stormy-passage',
      '--first-page',
      '375',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toBe(
      'import: sources/stormy-passage/pages/ already has 1 of these pages (376); nothing was written. Give --force to replace their text (their curation is kept)',
    );
    expect(readdirSync(pages).sort()).toEqual(before);
  });

  it('with --force replaces a page’s text and keeps its curation', async () => {
    const { root, inbox, pages } = project();
    const curation = readFileSync(join(pages, '376.json'), 'utf8');
    writeFileSync(join(inbox, 'book.txt'), 'new text of 376\fand 377\f');
    const { code, out } = run(root, [
      join(inbox, 'book.txt'),
      '--work',
      'stormy-passage',
      '--first-page',
      '376',
      '--force',
    ]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/1 new curation file\(s\), 1 page text\(s\) replaced/);
    expect(readFileSync(join(pages, '376.txt'), 'utf8')).toBe('new text of 376');
    expect(readFileSync(join(pages, '376.json'), 'utf8')).toBe(curation);
  });

  it.each([
    [
      'an unknown work',
      ['--work', 'no-such-book', '--first-page', '1'],
      1,
      /sources\/no-such-book\/work\.json: no such work/,
    ],
    [
      'a page number that is not one',
      ['--work', 'stormy-passage', '--first-page', 'x1'],
      2,
      /--first-page "x1" is not a page number/,
    ],
    ['no work', ['--first-page', '1'], 2, /give one file or folder, --work and --first-page/],
  ])('refuses %s', async (_name, args, status, message) => {
    const { root, inbox } = project();
    writeFileSync(join(inbox, 'book.txt'), 'a\fb\f');
    const { code, err } = run(root, [join(inbox, 'book.txt'), ...args]);
    expect(code).toBe(status);
    expect(err[0]).toMatch(message);
  });

  it('refuses a file in Latin-1 and one with no form feed, naming the fix', async () => {
    const { root, inbox } = project();
    writeFileSync(join(inbox, 'latin1.txt'), Buffer.from('le g\xe9n\xe9ral\f', 'latin1'));
    writeFileSync(join(inbox, 'one.txt'), 'just one page of text\n');
    const latin = run(root, [
      join(inbox, 'latin1.txt'),
      '--work',
      'stormy-passage',
      '--first-page',
      '1',
    ]);
    expect(latin.err[0]).toMatch(/not UTF-8.*iconv/);
    const one = run(root, [
      join(inbox, 'one.txt'),
      '--work',
      'stormy-passage',
      '--first-page',
      '1',
    ]);
    expect(one.err[0]).toMatch(/no form feed between pages/);
  });

  it('leaves no page behind when a write fails halfway', async () => {
    const { root, inbox, pages } = project();
    writeFileSync(join(inbox, 'book.txt'), 'one\ftwo\fthree\f');
    // The second page's temporary file cannot be written: a folder stands in its way.
    mkdirSync(join(pages, `2.txt.import-${process.pid}.tmp`));
    const before = readdirSync(pages).sort();
    expect(() =>
      run(root, [join(inbox, 'book.txt'), '--work', 'stormy-passage', '--first-page', '1']),
    ).toThrow(/EISDIR/);
    expect(readdirSync(pages).sort()).toEqual(before);
    expect(existsSync(join(pages, '1.txt'))).toBe(false);
  });
});

describe('splitAtFormFeeds', () => {
  it('drops only the empty piece after a last form feed', () => {
    expect(splitAtFormFeeds('a\fb\f')).toEqual(['a', 'b']);
    expect(splitAtFormFeeds('a\f\fb')).toEqual(['a', '', 'b']);
  });
});

describe('newPageCuration', () => {
  it.each([
    ['a short provenance', 'Imported from book_djvu.txt'],
    [
      'a provenance longer than a line',
      `Internet Archive, ${'a long description of the scan '.repeat(6)}`,
    ],
  ])('writes what the workbench would, with %s', async (_name, provenance) => {
    const text = newPageCuration(377, provenance);
    expect(text).toBe(await formatCurationJson('pageFile', JSON.parse(text)));
  });
});
