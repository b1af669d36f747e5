import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type FileSystem = Pick<typeof nodeFs, 'writeFileSync' | 'renameSync' | 'rmSync'>;

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
