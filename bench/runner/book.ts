/**
 * A whole book through the workbench's pipeline, from disk as a curator runs it:
 * `npm run import` of a 600-page full text (one file, form feeds between pages), then
 * `npm run extract` of the imported book curated in proportion (the extractor bench's
 * density). Each beside its data floor, the same files read and written with no
 * checks at all: reading the full text and writing each page's file for the import;
 * for the extraction, reading (and parsing, those that are JSON) every file it reads
 * once each (every curation file and page, and the events.json and page text files
 * the run before wrote, which it reads to review their anchors and to leave unchanged
 * texts unwritten) and writing a file the size of events.json.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtractCli } from '../../src/extractor/cli';
import { runImportCli } from '../../src/extractor/import/cli';
import { generateBook } from '../generate/book';
import { median } from './stats';

export interface BookReport {
  pages: number;
  rawMB: number;
  events: number;
  importMs: number;
  importFloorMs: number;
  extractMs: number;
  extractFloorMs: number;
  eventsMB: number;
}

const quiet = { log: () => {}, error: (line: string) => console.error(line) };

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Reads every file of `dir`, parsing those that are JSON. */
function readFolder(dir: string): void {
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.json')) JSON.parse(text);
  }
}

export function measureBook(pages = 600, runs = 3): BookReport {
  const { project, fullText } = generateBook(pages);
  const work = project.works[0]!;
  const root = mkdtempSync(join(tmpdir(), 'bench-book-'));
  try {
    mkdirSync(join(root, 'curation'));
    for (const file of [project.people, project.places, project.lanes]) {
      writeFileSync(join(root, file.file), JSON.stringify(file.data, null, 2));
    }
    const workDir = join(root, 'sources', work.work.data.id);
    const pagesDir = join(workDir, 'pages');
    mkdirSync(workDir, { recursive: true });
    writeFileSync(join(workDir, 'work.json'), JSON.stringify(work.work.data, null, 2));
    writeFileSync(join(workDir, 'reading-rules.json'), JSON.stringify(work.rules.data, null, 2));
    const book = join(root, 'book_djvu.txt');
    writeFileSync(book, fullText);
    const args = [book, '--work', work.work.data.id, '--first-page', '1', '--root', root];

    const importRuns: number[] = [];
    const importFloorRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(pagesDir, { recursive: true, force: true });
      importRuns.push(
        time(() => {
          if (runImportCli(args, quiet) !== 0) throw new Error('the import failed');
        }),
      );
      const floorDir = join(root, `floor-${i}`);
      mkdirSync(floorDir);
      importFloorRuns.push(
        time(() => {
          readFileSync(book, 'utf8')
            .split('\f')
            .forEach((text, p) => writeFileSync(join(floorDir, `${p + 1}.txt`), text));
        }),
      );
      rmSync(floorDir, { recursive: true });
    }

    // The curator's work, in proportion: each page's events into its curation file.
    for (const page of work.pages) {
      writeFileSync(join(root, page.curation.file), JSON.stringify(page.curation.data, null, 2));
    }
    const curationFiles = [
      ...[project.people, project.places, project.lanes].map((file) => join(root, file.file)),
      join(workDir, 'work.json'),
      join(workDir, 'reading-rules.json'),
    ];
    const extractRuns: number[] = [];
    const extractFloorRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      extractRuns.push(
        time(() => {
          if (runExtractCli(['--root', root, '--quiet'], quiet) !== 0) {
            throw new Error('the extraction of the imported book failed');
          }
        }),
      );
      const eventsBytes = statSync(join(root, 'events.json')).size;
      extractFloorRuns.push(
        time(() => {
          for (const file of curationFiles) JSON.parse(readFileSync(file, 'utf8'));
          readFolder(pagesDir);
          JSON.parse(readFileSync(join(root, 'events.json'), 'utf8'));
          readFolder(join(root, 'page-texts'));
          writeFileSync(join(root, 'floor-events.json'), 'x'.repeat(eventsBytes));
        }),
      );
    }
    return {
      pages,
      rawMB: Buffer.byteLength(fullText) / 1e6,
      events: work.pages.reduce((sum, page) => sum + page.curation.data.events.length, 0),
      importMs: median(importRuns)!,
      importFloorMs: median(importFloorRuns)!,
      extractMs: median(extractRuns)!,
      extractFloorMs: median(extractFloorRuns)!,
      eventsMB: statSync(join(root, 'events.json')).size / 1e6,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
