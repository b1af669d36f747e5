import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from './writeAtomically';

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
