import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBook } from '../../../bench/generate/book';
import { parseEventsFile } from '../../lib/events/parseEventsFile';
import { readPageText } from '../../lib/events/pageText';
import { runExtractCli } from '../cli';
import { extract } from '../extract';
import { PAGE_TEXT_FILE, splitPageTexts } from './pageTextFiles';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const quiet = { log: () => {}, error: () => {} };

describe('splitPageTexts', () => {
  const extracted = extract(generateBook(3).project).events;
  const { events, files } = splitPageTexts(extracted);

  it('keeps each page’s record without its texts, naming a file by its content', () => {
    expect(events.sources.map((s) => Object.keys(s).sort())).toEqual(
      extracted.sources.map(() => ['id', 'page', 'provenance', 'textFile', 'work']),
    );
    for (const page of events.sources)
      expect('textFile' in page && PAGE_TEXT_FILE.test(page.textFile)).toBe(true);
    expect(new Set(files.map((f) => f.path)).size).toBe(3);
  });

  it('writes an events.json the app reads, and page files whose passages fit', () => {
    const parsed = parseEventsFile(JSON.stringify(events));
    expect(parsed.ok && parsed.problems).toEqual([]);
    for (const page of events.sources) {
      const file = files.find((f) => 'textFile' in page && f.path === page.textFile)!;
      const read = readPageText(
        file.content,
        page as typeof page & { textFile: string },
        events.events,
      );
      expect(read.ok).toBe(true);
    }
  });

  it('names a changed text anew', () => {
    const changed = structuredClone(extracted);
    changed.sources[0]!.readingText += ' More.';
    expect(splitPageTexts(changed).files[0]!.path).not.toBe(files[0]!.path);
    expect(splitPageTexts(changed).files[1]!.path).toBe(files[1]!.path);
  });
});

describe('npm run extract -- --texts apart', () => {
  it('writes the page files beside events.json, checks them, and removes unused ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'texts-apart-'));
    folders.push(dir);
    const out = join(dir, 'events.json');
    const args = ['--root', projectRoot, '--out', out, '--texts', 'apart'];
    writeFileSync(join(dir, 'unused.txt'), 'not ours');
    expect(runExtractCli(args, quiet)).toBe(0);
    const [name] = readdirSync(join(dir, 'page-texts'));
    const events = JSON.parse(readFileSync(out, 'utf8')) as { sources: { textFile?: string }[] };
    expect(events.sources[0]!.textFile).toBe(`page-texts/${name}`);
    expect(runExtractCli([...args, '--check'], quiet)).toBe(0);

    // A missing page file is stale: --check says so.
    rmSync(join(dir, 'page-texts', name!));
    const errors: string[] = [];
    expect(
      runExtractCli([...args, '--check'], { log: () => {}, error: (l) => errors.push(l) }),
    ).toBe(1);
    expect(errors.join('\n')).toMatch(/1 page text file\(s\) beside .* missing or stale/);

    // A page file changed by hand, its name kept, is stale too, and a run writes it back
    // (the same run read it already to review its anchors).
    expect(runExtractCli(args, quiet)).toBe(0);
    const page = join(dir, 'page-texts', name!);
    const written = readFileSync(page, 'utf8');
    writeFileSync(page, written.replace('"formatVersion":1', '"formatVersion": 1'));
    expect(runExtractCli([...args, '--check'], quiet)).toBe(1);
    expect(runExtractCli(args, quiet)).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe(written);

    // An old page file that events.json no longer names goes; other files stay.
    writeFileSync(join(dir, 'page-texts', 'stormy-passage-p376.ffffffffffffffff.json'), '{}');
    expect(runExtractCli(args, quiet)).toBe(0);
    expect(readdirSync(join(dir, 'page-texts'))).toEqual([name]);
    expect(readdirSync(dir).sort()).toEqual(['events.json', 'page-texts', 'unused.txt']);

    // Inline again: the texts are back in events.json, the page files gone.
    expect(runExtractCli([...args.slice(0, 4), '--texts', 'inline'], quiet)).toBe(0);
    expect(readdirSync(join(dir, 'page-texts'))).toEqual([]);
  });

  it('refuses a --texts that is neither inline nor apart', () => {
    const errors: string[] = [];
    expect(
      runExtractCli(['--texts', 'split'], { log: () => {}, error: (l) => errors.push(l) }),
    ).toBe(2);
    expect(errors[0]).toMatch(/--texts is "inline" or "apart", not "split"/);
  });
});
