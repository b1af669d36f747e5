/**
 * The curation store's writes of several files, all or nothing: a failure halfway
 * through (the second rename, through the store's file-system seam) leaves every
 * file as it was, events.json with them, and no temporary file.
 */
import * as nodeFs from 'node:fs';
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
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBook } from '../../../bench/generate/book';
import type { CurationProject } from '../../extractor/curation/curationTypes';
import { loadProject } from '../../extractor/curation/loadProject';
import { extract } from '../../extractor/extract';
import { splitPageTexts, writePageTexts } from '../../extractor/output/pageTextFiles';
import { serializeEvents } from '../../extractor/output/serializeEvents';
import type { EventsFile } from '../../lib/events/types';
import { CurationStore, versionOf } from './curationStore';
import { checkCurationPath, type CurationPath } from './requestChecks';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const RULES = 'sources/stormy-passage/reading-rules.json';
const PAGE = 'sources/stormy-passage/pages/376.json';
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'curation-store-'));
  folders.push(root);
  for (const folder of ['curation', 'sources'])
    cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  cpSync(join(projectRoot, 'events.json'), join(root, 'events.json'));
  return root;
}

/** Every file of the project with its content. */
function contents(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(root.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

const path = (text: string) => checkCurationPath(text) as CurationPath;

/** The correction that changes an anchor, with that anchor fixed: a save of two files. */
function correctionWithItsAnchor(root: string) {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const rules = JSON.parse(read(RULES)) as { corrections: unknown[] };
  const page = JSON.parse(read(PAGE)) as { events: { id: string; anchor: string }[] };
  return [
    {
      file: path(RULES),
      baseVersion: versionOf(read(RULES)),
      data: {
        ...rules,
        corrections: [
          ...rules.corrections,
          { ocr: 'had reached Gatchina', reading: 'reached Gatchina' },
        ],
      },
    },
    {
      file: path(PAGE),
      baseVersion: versionOf(read(PAGE)),
      data: {
        ...page,
        events: page.events.map((e) =>
          e.id === 'gatchina-occupied'
            ? { ...e, anchor: e.anchor.replace('had reached', 'reached') }
            : e,
        ),
      },
    },
  ];
}

/**
 * Node's file system, with the second rename of a new content onto its file failing;
 * putting a file back (from its `.old.tmp` backup) still works.
 */
function secondRenameFails() {
  let renames = 0;
  const fs = {
    ...nodeFs,
    renameSync: (from: string, to: string) => {
      if (!from.endsWith('.old.tmp') && ++renames === 2) {
        throw new Error(`EIO: i/o error, rename '${from}' -> '${to}'`);
      }
      nodeFs.renameSync(from, to);
    },
  };
  /** `renames()`: how many renames of new content were tried. */
  return { fs, renames: () => renames };
}

describe('a save of several files', () => {
  it('whose second rename fails changes no file, events.json included, and says so', async () => {
    const root = copyOfProject();
    const before = contents(root);
    const { fs: failing, renames } = secondRenameFails();
    const outcome = await new CurationStore(root, failing).saveAll(correctionWithItsAnchor(root));
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: {
        status: 500,
        message: expect.stringMatching(
          /^not saved: writing sources\/stormy-passage\/reading-rules\.json, sources\/stormy-passage\/pages\/376\.json, events\.json failed \(EIO: .*\); every file is as it was$/,
        ),
      },
    });
    expect(renames()).toBe(2);
    expect(contents(root)).toEqual(before);
  });

  it('with nothing failing writes both files and events.json', async () => {
    const root = copyOfProject();
    const outcome = await new CurationStore(root).saveAll(correctionWithItsAnchor(root));
    expect(outcome).toMatchObject({ kind: 'saved', eventsWritten: true });
    expect(readFileSync(join(root, RULES), 'utf8')).toContain('"ocr": "had reached Gatchina"');
    expect(readFileSync(join(root, PAGE), 'utf8')).toContain('His head echelons reached Gatchina');
  });
});

/** events.json as `npm run extract -- --texts apart` writes it, with its page text files. */
function extractApart(root: string): void {
  const split = splitPageTexts(extract(loadProject(root)).events);
  writePageTexts(root, split.files);
  writeFileSync(join(root, 'events.json'), serializeEvents(split.events));
}

/** events.json as `npm run extract -- --texts inline` writes it. */
function extractInline(root: string): void {
  writeFileSync(join(root, 'events.json'), serializeEvents(extract(loadProject(root)).events));
}

const eventsOf = (root: string) =>
  JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')) as EventsFile;
const pageTexts = (root: string) =>
  existsSync(join(root, 'page-texts')) ? readdirSync(join(root, 'page-texts')).sort() : [];

/** The synthetic book of `pages` pages written out as a project folder, without events.json. */
function bookOnDisk(pages: number): { root: string; project: CurationProject } {
  const root = mkdtempSync(join(tmpdir(), 'curation-store-book-'));
  folders.push(root);
  const { project } = generateBook(pages);
  const write = (file: string, data: unknown) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(
      join(root, file),
      typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`,
    );
  };
  for (const file of [project.people, project.places, project.lanes]) write(file.file, file.data);
  for (const work of project.works) {
    write(work.work.file, work.work.data);
    write(work.rules.file, work.rules.data);
    for (const page of work.pages) {
      write(page.text.file, page.text.data);
      write(page.curation.file, page.curation.data);
    }
  }
  return { root, project };
}

/** A save of the first page's curation with its first event retitled: events.json changes. */
function retitle(root: string, project: CurationProject) {
  const file = project.works[0]!.pages[0]!.curation.file;
  const text = readFileSync(join(root, file), 'utf8');
  const page = JSON.parse(text) as { events: { title: string }[] };
  page.events[0]!.title = `${page.events[0]!.title} (retitled)`;
  return [{ file: path(file), baseVersion: versionOf(text), data: page }];
}

describe('a save keeps the page texts as events.json on disk keeps them', () => {
  it('apart for a book of one page extracted with --texts apart, and reads them for the anchors to review', async () => {
    const root = copyOfProject();
    extractApart(root);
    const [before] = pageTexts(root);
    const store = new CurationStore(root);
    expect(store.anchorReview()).toEqual([]);
    const outcome = await store.saveAll(correctionWithItsAnchor(root));
    expect(outcome).toMatchObject({ kind: 'saved', eventsWritten: true });
    const events = eventsOf(root);
    expect(events.sources.map((page) => 'textFile' in page)).toEqual([true]);
    // The correction changed the page's text: its new file, the old one removed.
    const textFile = (events.sources[0] as { textFile: string }).textFile;
    expect(pageTexts(root)).toEqual([textFile.replace('page-texts/', '')]);
    expect(pageTexts(root)).not.toContain(before);
    expect(readFileSync(join(root, textFile), 'utf8')).toContain('reached Gatchina');
  });

  it('inline for a book of 30 pages extracted with --texts inline', async () => {
    const { root, project } = bookOnDisk(30);
    extractInline(root);
    const outcome = await new CurationStore(root).saveAll(retitle(root, project));
    expect(outcome).toMatchObject({ kind: 'saved', eventsWritten: true });
    const events = eventsOf(root);
    expect(events.sources).toHaveLength(30);
    expect(events.sources.every((page) => 'readingText' in page && !('textFile' in page))).toBe(
      true,
    );
    expect(events.events.some((event) => event.title.endsWith('(retitled)'))).toBe(true);
    expect(pageTexts(root)).toEqual([]);
  });

  it('as `npm run extract` does by default when there is no events.json: apart above 20 pages', async () => {
    const { root, project } = bookOnDisk(30);
    const outcome = await new CurationStore(root).saveAll(retitle(root, project));
    expect(outcome).toMatchObject({ kind: 'saved', eventsWritten: true });
    expect(eventsOf(root).sources.every((page) => 'textFile' in page)).toBe(true);
    expect(pageTexts(root)).toHaveLength(30);

    const small = copyOfProject();
    rmSync(join(small, 'events.json'));
    const saved = await new CurationStore(small).saveAll(correctionWithItsAnchor(small));
    expect(saved).toMatchObject({ kind: 'saved', eventsWritten: true });
    expect(eventsOf(small).sources.map((page) => 'readingText' in page)).toEqual([true]);
  });
});

describe('a failed save with the page texts apart', () => {
  it('says which page text files it wrote, and changes no other file', async () => {
    const root = copyOfProject();
    extractApart(root);
    const before = contents(root);
    const { fs: failing } = secondRenameFails();
    const outcome = await new CurationStore(root, failing).saveAll(correctionWithItsAnchor(root));
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: {
        status: 500,
        message: expect.stringMatching(
          /^not saved: writing .*events\.json failed \(EIO: .*\); every file is as it was, but for 1 page text file\(s\) written to page-texts\/, named by their content and by no events\.json \(harmless: the next save of events\.json uses or removes them\)$/,
        ),
      },
    });
    const after = contents(root);
    const added = Object.keys(after).filter((file) => !(file in before));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^page-texts\//);
    expect(eventsOf(root)).toEqual(JSON.parse(before['events.json']!));
    for (const file of added) delete after[file];
    expect(after).toEqual(before);
  });
});
