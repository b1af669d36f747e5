import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The three calls it makes, so a test can make any of them fail. */
export interface FileSystem {
  writeFileSync(path: string, data: string, encoding: 'utf8'): void;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
}

/**
 * Writes through a temporary file in the same folder, then renames it over the
 * target: a rename within one file system is atomic, so a run that fails or is
 * killed halfway leaves the old file whole.
 */
export function writeAtomically(path: string, content: string, fs: FileSystem = nodeFs): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content, 'utf8');
    fs.renameSync(temporary, path);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A file a failed change could not put back: left with its new content. */
export interface UnrestoredFile {
  path: string;
  /** Where its old content is kept (null: it did not exist before). */
  backup: string | null;
}

/**
 * A change of several files that failed halfway and could not put every file back. The
 * old content of each such file stays in its backup, which the message names, so the
 * curator can restore it by hand.
 */
export class UnrestoredWriteError extends Error {
  constructor(
    cause: Error,
    readonly notRestored: readonly UnrestoredFile[],
  ) {
    const each = notRestored.map((file) =>
      file.backup
        ? `${file.path} (its old content is kept in ${file.backup})`
        : `${file.path} (it did not exist before)`,
    );
    super(
      `${cause.message}; and ${each.join(', ')} could not be put back as ${notRestored.length === 1 ? 'it was' : 'they were'}`,
      { cause },
    );
  }
}

/** One file of a change of several: its new content, and what it held before (null: it did not exist). */
export interface PlannedWrite {
  path: string;
  content: string;
  previous: string | null;
}

/**
 * Writes several files as one change, all or nothing: every new content and every old
 * one goes to a temporary file beside its target first (any failure there touches no
 * target); then each new one is renamed over its target, and if a rename fails, each
 * target already replaced gets its old content back by a rename too. The caller has
 * checked every file's version before. The error of a failed change says what failed,
 * and which files, if any, could not be put back.
 */
export function writeAllAtomically(files: readonly PlannedWrite[], fs: FileSystem = nodeFs): void {
  const temporary = (path: string, kind: string) =>
    join(dirname(path), `.${basename(path)}.${process.pid}.${kind}.tmp`);
  const staged = files.map((file) => ({
    ...file,
    next: temporary(file.path, 'new'),
    backup: file.previous === null ? null : temporary(file.path, 'old'),
  }));
  // A backup of a file that could not be put back is its only old copy: it stays.
  const cleanUp = (keep: ReadonlySet<string> = new Set()) => {
    for (const file of staged) {
      fs.rmSync(file.next, { force: true });
      if (file.backup && !keep.has(file.backup)) fs.rmSync(file.backup, { force: true });
    }
  };
  try {
    for (const file of staged) {
      fs.writeFileSync(file.next, file.content, 'utf8');
      if (file.backup) fs.writeFileSync(file.backup, file.previous!, 'utf8');
    }
  } catch (error) {
    cleanUp();
    throw error;
  }
  let renamed = 0;
  try {
    for (const file of staged) {
      fs.renameSync(file.next, file.path);
      renamed++;
    }
  } catch (error) {
    const notRestored: UnrestoredFile[] = [];
    for (const file of staged.slice(0, renamed).reverse()) {
      try {
        if (file.backup) fs.renameSync(file.backup, file.path);
        else fs.rmSync(file.path, { force: true });
      } catch {
        notRestored.push({ path: file.path, backup: file.backup });
      }
    }
    cleanUp(new Set(notRestored.flatMap((file) => (file.backup ? [file.backup] : []))));
    if (notRestored.length === 0) throw error;
    throw new UnrestoredWriteError(error as Error, notRestored);
  }
  cleanUp();
}
