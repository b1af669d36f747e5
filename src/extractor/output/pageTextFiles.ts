/**
 * A book's page texts kept apart from events.json: one small JSON file per page in
 * `page-texts/` beside it, named by the page's id and the hash of its content
 * (`page-texts/stormy-passage-p376.5d41402abc4b2a76.json`), so a host may cache each
 * for ever and a changed text gets a new name. events.json keeps each page's record
 * with `textFile`, the file's address relative to events.json's own; the app fetches
 * a page's file when the reader opens the page.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EventsFile,
  PageText,
  PageTextFile,
  SourcePage,
  SourcePageWithText,
} from '../../lib/events/types';
import { writeAtomically } from './writeAtomically.ts';

/** The folder beside events.json that holds the page text files. */
export const PAGE_TEXTS_FOLDER = 'page-texts';

/**
 * Above this many pages the texts go apart unless told otherwise: a page's texts are
 * about 5 kB, so 20 pages keep events.json within some 100 kB of text, while a
 * 600-page book's texts (3 MB) would be fetched and parsed before the first drawing.
 */
export const MOST_PAGES_INLINE = 20;

/** A file name the app and the build accept: `page-texts/<id>.<16 hex>.json`. */
export const PAGE_TEXT_FILE = /^page-texts\/[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9a-f]{16}\.json$/;

export interface PageTextOutput {
  /** Relative to events.json's folder: `page-texts/<id>.<hash>.json`. */
  path: string;
  content: string;
}

/** Whether a file of this many pages keeps its texts apart when not told. */
export function textsApartByDefault(pages: number): boolean {
  return pages > MOST_PAGES_INLINE;
}

/**
 * Whether the events.json text `eventsText` keeps its pages' texts apart (a page has a
 * `textFile`) or inline (a page has its texts); null when there is no such file, or it
 * says neither (not JSON, no pages), so the caller takes the default.
 */
export function textsApartIn(eventsText: string | null): boolean | null {
  if (eventsText === null) return null;
  let sources: unknown;
  try {
    sources = (JSON.parse(eventsText) as { sources?: unknown } | null)?.sources;
  } catch {
    return null;
  }
  if (!Array.isArray(sources)) return null;
  const pages = sources.filter(
    (page): page is Record<string, unknown> => typeof page === 'object' && page !== null,
  );
  if (pages.some((page) => typeof page.textFile === 'string')) return true;
  if (pages.some((page) => 'rawText' in page || 'readingText' in page)) return false;
  return null;
}

/** A page text file's content by its path relative to events.json's folder; null when it cannot be read. */
export type PageTextContents = (path: string) => string | null;

/**
 * The page text files of `dir` (events.json's folder), each read once however often it
 * is asked for: one run reviews the anchors of the texts events.json recorded and then
 * compares the files it would write with the same files.
 */
export function pageTextContents(dir: string): PageTextContents {
  const read = new Map<string, string | null>();
  return (path) => {
    let content = read.get(path);
    if (content === undefined) {
      try {
        content = readFileSync(join(dir, path), 'utf8');
      } catch {
        content = null;
      }
      read.set(path, content);
    }
    return content;
  };
}

/**
 * The texts of page `id` from its text file as events.json names it (`textFile`,
 * relative to `dir`, events.json's folder); null when the name is not a page text
 * file's, or the file is missing, unreadable or not the text of that page.
 */
export function readPageTextFile(
  dir: string,
  textFile: string,
  id: string,
  contents: PageTextContents = pageTextContents(dir),
): PageText | null {
  if (!PAGE_TEXT_FILE.test(textFile)) return null;
  const content = contents(textFile);
  if (content === null) return null;
  try {
    const data = JSON.parse(content) as Partial<PageTextFile>;
    return data.formatVersion === 1 &&
      data.id === id &&
      typeof data.rawText === 'string' &&
      typeof data.readingText === 'string'
      ? { rawText: data.rawText, readingText: data.readingText }
      : null;
  } catch {
    return null;
  }
}

/** Reads a page's reading text from its text file in `dir` (events.json's folder), or null. */
export function readingTextFrom(
  dir: string,
  contents: PageTextContents = pageTextContents(dir),
): (textFile: string, id: string) => string | null {
  return (textFile, id) => readPageTextFile(dir, textFile, id, contents)?.readingText ?? null;
}

/** events.json with each page's texts moved into a file of its own, and those files. */
export function splitPageTexts(file: EventsFile<SourcePageWithText>): {
  events: EventsFile;
  files: PageTextOutput[];
} {
  const files: PageTextOutput[] = [];
  const sources: SourcePage[] = file.sources.map(({ rawText, readingText, ...page }) => {
    const text: PageTextFile = { formatVersion: 1, id: page.id, rawText, readingText };
    const content = `${JSON.stringify(text)}\n`;
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    const path = `${PAGE_TEXTS_FOLDER}/${page.id}.${hash}.json`;
    files.push({ path, content });
    return { ...page, textFile: path };
  });
  return { events: { ...file, sources }, files };
}

/** The page text files `files` that are missing, unreadable or differ in `dir` (events.json's folder). */
export function stalePageTexts(
  dir: string,
  files: readonly PageTextOutput[],
  contents: PageTextContents = pageTextContents(dir),
): string[] {
  return files.filter(({ path, content }) => contents(path) !== content).map(({ path }) => path);
}

/**
 * Writes the page text files into `dir` (each through a temporary file; one whose
 * name says its content and that exists is left as it is). Call before events.json
 * is written, so events.json never names a file that is not there.
 */
export function writePageTexts(
  dir: string,
  files: readonly PageTextOutput[],
  contents: PageTextContents = pageTextContents(dir),
): number {
  const stale = stalePageTexts(dir, files, contents);
  if (stale.length > 0) mkdirSync(join(dir, PAGE_TEXTS_FOLDER), { recursive: true });
  for (const path of stale)
    writeAtomically(join(dir, path), files.find((f) => f.path === path)!.content);
  return stale.length;
}

/**
 * Removes the page text files in `dir` that events.json no longer names (an old
 * version of a page's text, a page taken out). Call after events.json is written.
 */
export function removeUnusedPageTexts(dir: string, keep: readonly PageTextOutput[]): number {
  const folder = join(dir, PAGE_TEXTS_FOLDER);
  if (!existsSync(folder)) return 0;
  const kept = new Set(keep.map((file) => file.path));
  let removed = 0;
  for (const name of readdirSync(folder)) {
    const path = `${PAGE_TEXTS_FOLDER}/${name}`;
    if (!PAGE_TEXT_FILE.test(path) || kept.has(path)) continue;
    rmSync(join(folder, name), { force: true });
    removed += 1;
  }
  return removed;
}
