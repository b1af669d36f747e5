/**
 * Brings a book's OCR into a work: a folder of page files, or one text file with a
 * form feed between pages (as archive.org's full-text downloads come), becomes
 * `sources/<work>/pages/<n>.txt` (the page's text exactly as it came) with a
 * `<n>.json` beside each new page (its page number, provenance and no events yet).
 * Nothing is half-written: every file goes to a temporary name first and all are
 * renamed once all are written; existing pages are kept unless `force` is given,
 * and a page's curation (its events) is never overwritten.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { decodeSourceText } from '../curation/readSourceText';

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  /** The work's id: its folder under `sources/`, which must hold `work.json`. */
  work: string;
  /** The number of the first page imported; the others follow in order. */
  firstPage: number;
  /** Replace the text of pages that exist already (their curation is kept). */
  force?: boolean;
  /** What the new pages' curation says of where the text comes from. */
  provenance?: string;
}

export interface ImportResult {
  pages: number;
  firstPage: number;
  lastPage: number;
  /** Curation files written for pages that had none. */
  newCurationFiles: number;
  /** Pages whose text was replaced (with `force`). */
  replaced: number[];
}

const WORK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A book's text split at its form feeds; the empty piece after a final form feed is not a page. */
export function splitAtFormFeeds(text: string): string[] {
  const pieces = text.split('\f');
  if (pieces.length > 1 && pieces.at(-1)!.trim() === '') pieces.pop();
  return pieces;
}

/** Page files of a folder in reading order: by the first number in the name, then by name. */
export function pageFilesOf(dir: string): string[] {
  const numberOf = (name: string) => Number(/\d+/.exec(name)?.[0] ?? Number.NaN);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('.'))
    .sort((a, b) => {
      const [x, y] = [numberOf(a), numberOf(b)];
      if (Number.isNaN(x) || Number.isNaN(y) || x === y) return a.localeCompare(b);
      return x - y;
    });
}

/** Reads the pages to import from a file or a folder, refusing anything but UTF-8. */
export function readPages(source: string): string[] {
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new ImportError(`${source}: no such file or folder`);
  }
  const decode = (path: string) => {
    try {
      return decodeSourceText(readFileSync(path), path);
    } catch (error) {
      throw new ImportError((error as Error).message);
    }
  };
  if (stat.isDirectory()) {
    const names = pageFilesOf(source);
    if (names.length === 0) throw new ImportError(`${source}: the folder has no .txt page files`);
    return names.map((name) => decode(join(source, name)));
  }
  const pages = splitAtFormFeeds(decode(source));
  if (pages.length === 1) {
    throw new ImportError(
      `${source}: no form feed between pages, so it would be one page; give a folder of page files, or a full text with form feeds (archive.org's _djvu.txt)`,
    );
  }
  return pages;
}

/**
 * A new page's curation file: its number, where its text comes from, no events yet.
 * Written as the workbench writes curation files (a test holds the two to the same
 * bytes); without Prettier, which took most of a 600-page import's time.
 */
export function newPageCuration(page: number, provenance: string): string {
  const skeleton = {
    $schema: '../../../schema/curation.schema.json#/$defs/pageFile',
    page,
    provenance,
    events: [],
  };
  return `${JSON.stringify(skeleton, null, 2)}\n`;
}

/** Imports the pages of `source` into the project at `root`. */
export function importPages(root: string, source: string, options: ImportOptions): ImportResult {
  const { work, firstPage, force = false } = options;
  if (!WORK_ID.test(work)) {
    throw new ImportError(`--work "${work}" is not a work id (lower-case words and hyphens)`);
  }
  if (!Number.isInteger(firstPage) || firstPage < 1) {
    throw new ImportError(`--first-page ${firstPage} is not a page number (1 or more)`);
  }
  const workDir = join(root, 'sources', work);
  if (!existsSync(join(workDir, 'work.json'))) {
    throw new ImportError(
      `sources/${work}/work.json: no such work; create it (id, author, title, publisher, year, narrativeYear) and its reading-rules.json first`,
    );
  }
  const texts = readPages(source);
  const pagesDir = join(workDir, 'pages');
  const numbers = texts.map((_, i) => firstPage + i);
  const existing = numbers.filter((n) => existsSync(join(pagesDir, `${n}.txt`)));
  if (existing.length > 0 && !force) {
    const shown = existing.slice(0, 5).join(', ') + (existing.length > 5 ? ', …' : '');
    throw new ImportError(
      `sources/${work}/pages/ already has ${existing.length} of these pages (${shown}); nothing was written. Give --force to replace their text (their curation is kept)`,
    );
  }

  const provenance = options.provenance ?? `Imported from ${basename(source)}`;
  const files: { path: string; content: string }[] = [];
  let newCurationFiles = 0;
  for (const [i, text] of texts.entries()) {
    const page = numbers[i]!;
    files.push({ path: join(pagesDir, `${page}.txt`), content: text });
    const curation = join(pagesDir, `${page}.json`);
    if (!existsSync(curation)) {
      newCurationFiles += 1;
      files.push({ path: curation, content: newPageCuration(page, provenance) });
    }
  }
  writeAll(pagesDir, files);
  return {
    pages: texts.length,
    firstPage,
    lastPage: numbers.at(-1)!,
    newCurationFiles,
    replaced: existing,
  };
}

/** Every file under a temporary name first, then all renamed: a failure leaves none of them. */
function writeAll(dir: string, files: readonly { path: string; content: string }[]): void {
  mkdirSync(dir, { recursive: true });
  const temporary = files.map((file) => `${file.path}.import-${process.pid}.tmp`);
  try {
    files.forEach((file, i) => writeFileSync(temporary[i]!, file.content, 'utf8'));
  } catch (error) {
    for (const path of temporary) {
      try {
        rmSync(path, { force: true });
      } catch {
        // Not ours to remove (the folder that stood in the way): the write's error says why.
      }
    }
    throw error;
  }
  files.forEach((file, i) => renameSync(temporary[i]!, file.path));
}
