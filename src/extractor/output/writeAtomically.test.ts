import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomically, writeAtomically } from './writeAtomically';

function folderWithEventsFile(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  const path = join(dir, 'events.json');
  writeFileSync(path, 'old content\n');
  return { dir, path };
}

describe('writeAtomically', () => {
  it('replaces the file and leaves no temporary file behind', () => {
    const { dir, path } = folderWithEventsFile();
    writeAtomically(path, 'new content\n');
    expect(readFileSync(path, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('leaves the old file byte for byte when the write crashes halfway', () => {
    const { dir, path } = folderWithEventsFile();
    const crashingFs = {
      ...nodeFs,
      writeFileSync: (file: string, data: string) => {
        nodeFs.writeFileSync(file, data.slice(0, 5));
        throw new Error('ENOSPC: no space left on device');
      },
    };
    expect(() => writeAtomically(path, 'new content that never fits\n', crashingFs)).toThrow(
      /ENOSPC/,
    );
    expect(readFileSync(path, 'utf8')).toBe('old content\n');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('leaves the old file when the rename fails', () => {
    const { path } = folderWithEventsFile();
    const failingRename = {
      ...nodeFs,
      renameSync: () => {
        throw new Error('EXDEV: cross-device link not permitted');
      },
    };
    expect(() => writeAtomically(path, 'new\n', failingRename)).toThrow(/EXDEV/);
    expect(readFileSync(path, 'utf8')).toBe('old content\n');
  });
});

describe('writeAllAtomically', () => {
  function folderWithTwoFiles() {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-all-'));
    const rules = join(dir, 'reading-rules.json');
    const page = join(dir, '376.json');
    writeFileSync(rules, 'old rules\n');
    writeFileSync(page, 'old page\n');
    const files = [
      { path: rules, content: 'new rules\n', previous: 'old rules\n' },
      { path: page, content: 'new page\n', previous: 'old page\n' },
    ];
    return { dir, rules, page, files };
  }

  /** Node's file system, with the `n`th rename onto a target (not a put-back) failing. */
  function failingRename(n: number, alsoPutBack = false) {
    let renames = 0;
    return {
      ...nodeFs,
      renameSync: (from: string, to: string) => {
        const putBack = from.endsWith('.old.tmp');
        if ((!putBack && ++renames === n) || (putBack && alsoPutBack)) {
          throw new Error(`EIO: i/o error, rename '${from}' -> '${to}'`);
        }
        nodeFs.renameSync(from, to);
      },
    };
  }

  it('replaces every file and leaves no temporary file behind', () => {
    const { dir, rules, page, files } = folderWithTwoFiles();
    writeAllAtomically(files);
    expect([readFileSync(rules, 'utf8'), readFileSync(page, 'utf8')]).toEqual([
      'new rules\n',
      'new page\n',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['376.json', 'reading-rules.json']);
  });

  it('puts the first file back when the second rename fails, and leaves no temporary file', () => {
    const { dir, rules, page, files } = folderWithTwoFiles();
    expect(() => writeAllAtomically(files, failingRename(2))).toThrow(/^EIO: i\/o error, rename/);
    expect([readFileSync(rules, 'utf8'), readFileSync(page, 'utf8')]).toEqual([
      'old rules\n',
      'old page\n',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['376.json', 'reading-rules.json']);
  });

  it('touches no file when a temporary one cannot be written', () => {
    const { dir, rules, page, files } = folderWithTwoFiles();
    let writes = 0;
    const fullDisk = {
      ...nodeFs,
      writeFileSync: (file: string, data: string) => {
        if (++writes === 3) throw new Error('ENOSPC: no space left on device');
        nodeFs.writeFileSync(file, data);
      },
    };
    expect(() => writeAllAtomically(files, fullDisk)).toThrow(/ENOSPC/);
    expect([readFileSync(rules, 'utf8'), readFileSync(page, 'utf8')]).toEqual([
      'old rules\n',
      'old page\n',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['376.json', 'reading-rules.json']);
  });

  it('removes a new file again, and names a file it could not put back', () => {
    const { dir, rules, files } = folderWithTwoFiles();
    const fresh = join(dir, '377.json');
    const withNew = [{ path: fresh, content: 'a new page\n', previous: null }, ...files];
    expect(() => writeAllAtomically(withNew, failingRename(2))).toThrow(/^EIO/);
    expect(readdirSync(dir).sort()).toEqual(['376.json', 'reading-rules.json']);
    let refusal: Error | null = null;
    try {
      writeAllAtomically(withNew, failingRename(3, true));
    } catch (error) {
      refusal = error as Error;
    }
    expect(refusal?.message).toMatch(/could not be put back as it was$/);
    expect(readFileSync(rules, 'utf8')).toBe('new rules\n');
    // The old rules are not lost: they stay in the backup the message names.
    const backup = /its old content is kept in (\S+)\)/.exec(refusal!.message)![1]!;
    expect(readFileSync(backup, 'utf8')).toBe('old rules\n');
  });
});
