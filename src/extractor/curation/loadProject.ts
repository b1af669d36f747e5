import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReadingTextRules } from '../reading-text/buildReadingText';
import { CurationError, type CurationProblem } from './curationError';
import type {
  CuratedPage,
  CuratedWork,
  CurationProject,
  LoadedFile,
  LoadedPage,
  LoadedWork,
} from './curationTypes';
import { decodeSourceText } from './readSourceText';
import { validateCurationFile, type CurationFileKind } from './validateCurationFile';

/**
 * Where the extractor looks, relative to the project root. A new page of a work
 * is `sources/<work>/pages/<page>.txt` plus `<page>.json` beside it; a new work is
 * a folder with `work.json` and `reading-rules.json`.
 */
export const PROJECT_LAYOUT = {
  people: 'curation/people.json',
  places: 'curation/places.json',
  lanes: 'curation/lanes.json',
  sources: 'sources',
} as const;

export interface LoadOptions {
  /**
   * Reads a file's bytes (default: from disk). The workbench passes one that answers a
   * file it is about to save with the new content, so a save is checked by the same
   * code as a run of the extractor before anything is written.
   */
  readFile?: (path: string) => Uint8Array;
}

/** Reads and schema-checks every curation file; throws one CurationError listing all problems. */
export function loadProject(root: string, options: LoadOptions = {}): CurationProject {
  const { project, problems } = readProject(root, options);
  if (problems.length > 0 || !project) throw new CurationError(problems);
  return project;
}

/**
 * Reads what it can: every problem, and the project less the files that have one
 * (null when people, places or lanes cannot be read, without which nothing can be
 * checked). The workbench checks the rest of a project that has a broken file.
 */
export function readProject(
  root: string,
  { readFile = readFileSync }: LoadOptions = {},
): { project: CurationProject | null; problems: CurationProblem[] } {
  const problems: CurationProblem[] = [];
  const display = (path: string) => relative(root, path) || path;

  function readJson<T>(path: string, kind: CurationFileKind): LoadedFile<T> | null {
    const file = display(path);
    let text: string;
    try {
      text = decodeSourceText(readFile(path), file);
    } catch (error) {
      problems.push({ file, message: readFailure(error) });
      return null;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
      return null;
    }
    const invalid = validateCurationFile(kind, file, data);
    problems.push(...invalid);
    return invalid.length === 0 ? { file, data: data as T } : null;
  }

  const people = readJson<CurationProject['people']['data']>(
    join(root, PROJECT_LAYOUT.people),
    'peopleFile',
  );
  const places = readJson<CurationProject['places']['data']>(
    join(root, PROJECT_LAYOUT.places),
    'placesFile',
  );
  const lanes = readJson<CurationProject['lanes']['data']>(
    join(root, PROJECT_LAYOUT.lanes),
    'lanesFile',
  );

  const works: LoadedWork[] = [];
  const sourcesDir = join(root, PROJECT_LAYOUT.sources);
  for (const workDir of listDirectory(sourcesDir, problems, display).filter((name) =>
    isDirectory(join(sourcesDir, name)),
  )) {
    const dir = join(sourcesDir, workDir);
    const work = readJson<CuratedWork>(join(dir, 'work.json'), 'workFile');
    const rules = readJson<ReadingTextRules>(join(dir, 'reading-rules.json'), 'readingRulesFile');
    const pages: LoadedPage[] = [];
    const pagesDir = join(dir, 'pages');
    const names = listDirectory(pagesDir, problems, display);
    for (const name of names.filter((n) => n.endsWith('.txt')).sort(byPageNumber)) {
      const textPath = join(pagesDir, name);
      const curationPath = textPath.replace(/\.txt$/, '.json');
      if (!names.includes(name.replace(/\.txt$/, '.json'))) {
        problems.push({
          file: display(textPath),
          message: `no curation file beside it: create ${display(curationPath)} (page, provenance, events)`,
        });
        continue;
      }
      let raw: string;
      try {
        raw = decodeSourceText(readFile(textPath), display(textPath));
      } catch (error) {
        problems.push({ file: display(textPath), message: readFailure(error) });
        continue;
      }
      const curation = readJson<CuratedPage>(curationPath, 'pageFile');
      if (curation) pages.push({ text: { file: display(textPath), data: raw }, curation });
    }
    if (work && rules) works.push({ work, rules, pages });
  }

  return { project: people && places && lanes ? { people, places, lanes, works } : null, problems };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  const message = (error as Error).message;
  // decodeSourceText already names the file; keep only what follows it.
  return message.replace(/^[^:]+: /, '');
}

function listDirectory(
  dir: string,
  problems: CurationProblem[],
  display: (path: string) => string,
): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (error) {
    problems.push({ file: display(dir), message: readFailure(error) });
    return [];
  }
}

function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}

function byPageNumber(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}
