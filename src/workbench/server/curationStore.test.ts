/**
 * The curation store's writes of several files, all or nothing: a failure halfway
 * through (the second rename, through the store's file-system seam) leaves every
 * file as it was, events.json with them, and no temporary file.
 */
import * as nodeFs from 'node:fs';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('a save of several files', () => {
  it('whose second rename fails changes no file, events.json included, and says so', async () => {
    const root = copyOfProject();
    const before = contents(root);
    let renames = 0;
    const failing = {
      ...nodeFs,
      renameSync: (from: string, to: string) => {
        // The second file's new content onto it; putting the first back still works.
        if (!from.endsWith('.old.tmp') && ++renames === 2) {
          throw new Error(`EIO: i/o error, rename '${from}' -> '${to}'`);
        }
        nodeFs.renameSync(from, to);
      },
    };
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
    expect(renames).toBe(2);
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
