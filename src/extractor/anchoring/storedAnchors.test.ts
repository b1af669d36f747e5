import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateBook } from '../../../bench/generate/book';
import { loadProject } from '../curation/loadProject';
import { extract } from '../extract';
import { readingTextFrom, splitPageTexts, writePageTexts } from '../output/pageTextFiles';
import { serializeEvents } from '../output/serializeEvents';
import { quoteSelector } from './findAnchor';
import { findStaleAnchors, staleAnchorsOf, type RecordedAnchors } from './storedAnchors';

/** Texts inline: no page text file to read. */
const noTextFiles = () => null;

const page1 =
  'On November 8 the first echelons left Ostrov. Reluctantly, the gênerai agreed. ' +
  'Telegrams were arriving about echelons.';
const page2 = 'On November 9 I received a telegram. His head echelons had reached Gatchina.';

/** events.json as an extraction of these pages would record it, each passage found on its page. */
function recorded(pages: Record<string, string>, passages: Record<string, [string, string]>) {
  return {
    sources: Object.entries(pages).map(([id, readingText]) => ({ id, readingText })),
    events: Object.entries(passages).map(([id, [source, passage]]) => {
      const text = pages[source]!;
      const start = text.indexOf(passage);
      if (start < 0) throw new Error(`the test page ${source} has no "${passage}"`);
      const end = start + passage.length;
      return {
        id,
        anchor: { source, quote: quoteSelector(text, start, end), position: { start, end } },
      };
    }),
  } satisfies RecordedAnchors;
}

const work = (pages: Record<string, string>) => ({
  pages: Object.entries(pages).map(([source, readingText]) => ({ source, readingText })),
  keptPairs: new Set<string>(),
});

const before = recorded(
  { p1: page1, p2: page2 },
  {
    agreed: ['p1', 'Reluctantly, the gênerai agreed.'],
    telegram: ['p2', 'I received a telegram.'],
    left: ['p1', 'the first echelons left Ostrov.'],
  },
);

describe('findStaleAnchors', () => {
  it('names no anchor when the text is as recorded', () => {
    expect(findStaleAnchors(before, [work({ p1: page1, p2: page2 })])).toEqual([]);
  });

  it('keeps anchors a change before them only shifts, and queues the one it edits, with its page offsets', () => {
    // A correction made by hand in the rules: "gênerai" now reads "general", and a word earlier.
    const now = page1
      .replace('gênerai', 'general')
      .replace('On November 8', 'On the 8th of November');
    const stale = findStaleAnchors(before, [work({ p1: now, p2: page2 })]);
    expect(stale).toHaveLength(1);
    const [entry] = stale;
    expect(entry).toMatchObject({
      id: 'agreed',
      source: 'p1',
      foundSource: 'p1',
      reason: 'changed',
      old: { start: page1.indexOf('Reluctantly'), text: 'Reluctantly, the gênerai agreed.' },
      found: { start: now.indexOf('Reluctantly'), text: 'Reluctantly, the general agreed.' },
    });
    expect(entry!.description).toMatch(
      /^"Reluctantly, the gênerai agreed\." \(at \d+–\d+\) now reads "Reluctantly, the general agreed\." at \d+–\d+ \(2 edits\)/,
    );
  });

  it('queues a passage whose place was rewritten while its words now stand elsewhere', () => {
    const recordedTwice = recorded(
      { p1: 'The general agreed. Then came the night.', p2: page2 },
      { agreed: ['p1', 'The general agreed.'] },
    );
    // The page now drops the first sentence and has the words again further on.
    const now = 'Then came the night. The general agreed.';
    const [entry] = findStaleAnchors(recordedTwice, [work({ p1: now, p2: page2 })]);
    expect(entry).toMatchObject({ id: 'agreed', reason: 'moved', found: { start: 21 } });
    expect(entry!.description).toMatch(/not where the change put it/);
  });

  it('finds a passage over a page break as the extractor does, and says so when it is gone', () => {
    const first = 'The head echelons had reached Gat-';
    const second = 'china in the morning.';
    const joined = 'The head echelons had reached Gatchina in the morning.';
    const over = {
      sources: [
        { id: 'p1', readingText: first },
        { id: 'p2', readingText: second },
      ],
      events: [
        {
          id: 'gatchina',
          anchor: {
            source: 'p1',
            quote: quoteSelector(joined, 4, joined.length),
            position: { start: 4, end: joined.length },
          },
        },
      ],
    };
    expect(findStaleAnchors(over, [work({ p1: first, p2: second })])).toEqual([]);
    const [lost] = findStaleAnchors(over, [work({ p1: 'Nothing of it.', p2: 'Nor here.' })]);
    expect(lost).toMatchObject({ id: 'gatchina', reason: 'lost', found: null, foundSource: null });
  });
});

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's curation and sources, in a folder of its own. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-anchors-'));
  folders.push(root);
  for (const folder of ['curation', 'sources'])
    cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  return root;
}

/** The Govemment → Government correction taken out of the rules: one anchor's passage edited. */
function dropCorrection(root: string): void {
  const rulesFile = join(root, 'sources/stormy-passage/reading-rules.json');
  const rules = JSON.parse(readFileSync(rulesFile, 'utf8')) as {
    corrections: { ocr: string }[];
  };
  rules.corrections = rules.corrections.filter((c) => c.ocr !== 'Govemment');
  writeFileSync(rulesFile, JSON.stringify(rules));
}

describe('staleAnchorsOf a project changed by hand', () => {
  it('names the event, its file and what moved when a correction is taken out of the rules', () => {
    const root = copyOfProject();
    dropCorrection(root);
    const events = readFileSync(join(projectRoot, 'events.json'), 'utf8');

    const stale = staleAnchorsOf(loadProject(root), events, noTextFiles);
    expect(stale.map((s) => [s.id, s.file, s.reason])).toEqual([
      ['government-deposed', 'sources/stormy-passage/pages/376.json', 'changed'],
    ]);
    expect(stale[0]!.found?.text).toMatch(/the Provisional Govemment was deposed\.$/);
    expect(staleAnchorsOf(loadProject(projectRoot), events, noTextFiles)).toEqual([]);
  });
});

describe('staleAnchorsOf an events.json whose page texts are apart', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-anchors-apart-'));
    folders.push(dir);
    return dir;
  };

  it('reads the old texts from the files events.json names, so an unchanged book has none to review', () => {
    const { project } = generateBook(30);
    const split = splitPageTexts(extract(project).events);
    expect(split.events.sources.every((page) => 'textFile' in page)).toBe(true);
    const dir = folder();
    writePageTexts(dir, split.files);
    const events = serializeEvents(split.events);
    expect(staleAnchorsOf(project, events, readingTextFrom(dir))).toEqual([]);
  });

  it('still names an anchor the change moved, and passes a work over when its old texts are not there', () => {
    const root = copyOfProject();
    const split = splitPageTexts(extract(loadProject(root)).events);
    writePageTexts(root, split.files);
    const events = serializeEvents(split.events);
    expect(staleAnchorsOf(loadProject(root), events, readingTextFrom(root))).toEqual([]);

    dropCorrection(root);
    const stale = staleAnchorsOf(loadProject(root), events, readingTextFrom(root));
    expect(stale.map((s) => [s.id, s.file, s.reason])).toEqual([
      ['government-deposed', 'sources/stormy-passage/pages/376.json', 'changed'],
    ]);

    // Without the files (deleted, or another folder) nothing is known of the old text: no false alarm.
    expect(staleAnchorsOf(loadProject(root), events, readingTextFrom(folder()))).toEqual([]);
    // Nor with a file that is not the text of its page.
    const [file] = split.files;
    writeFileSync(
      join(root, file!.path),
      JSON.stringify({ formatVersion: 1, id: 'other-p1', rawText: '', readingText: '' }),
    );
    expect(staleAnchorsOf(loadProject(root), events, readingTextFrom(root))).toEqual([]);
  });
});
