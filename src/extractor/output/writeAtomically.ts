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
