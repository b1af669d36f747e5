import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runExtractCli } from './cli';

const projectRoot = join(import.meta.dirname, '..', '..');
const folders: string[] = [];

/** A copy of the real curation and sources in a temporary folder, to break at will. */
function copyOfProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  folders.push(dir);
  cpSync(join(projectRoot, 'curation'), join(dir, 'curation'), { recursive: true });
  cpSync(join(projectRoot, 'sources'), join(dir, 'sources'), { recursive: true });
  return dir;
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runExtractCli(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run extract', () => {
  it('writes events.json, prints a summary, and then --check agrees', () => {
    const root = copyOfProject();
    const written = run(['--root', root]);
    expect(written.code).toBe(0);
    expect(written.out.join('\n')).toMatch(/\d+ events from 1 page\n {2}1917-11-07: \d+ event/);
    expect(run(['--root', root, '--check']).code).toBe(0);
  });

  it('writes a byte-identical file on a second run', () => {
    const root = copyOfProject();
    run(['--root', root]);
    const first = readFileSync(join(root, 'events.json'));
    run(['--root', root]);
    expect(readFileSync(join(root, 'events.json')).equals(first)).toBe(true);
  });

  it('--check fails on a stale or missing events.json, naming the fix', () => {
    const root = copyOfProject();
    const missing = run(['--root', root, '--check']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/events\.json is missing: run `npm run extract`/);
    run(['--root', root]);
    writeFileSync(join(root, 'events.json'), '{}\n');
    expect(run(['--root', root, '--check']).err[0]).toMatch(/is stale/);
  });

  it('warns, naming the event, its file and what moved, when a hand edit moves a recorded anchor', () => {
    const root = copyOfProject();
    run(['--root', root]);
    const rulesFile = join(root, 'sources/stormy-passage/reading-rules.json');
    // A correction's "reading" changed by hand: the passage it is in now reads otherwise.
    writeFileSync(
      rulesFile,
      readFileSync(rulesFile, 'utf8').replace(
        '"reading": "Government"',
        '"reading": "Governrnent"',
      ),
    );
    const { err } = run(['--root', root]);
    expect(err[0]).toMatch(
      /^warning: sources\/stormy-passage\/pages\/376\.json: event "government-deposed": its anchor as events\.json records it on stormy-passage-p376: ".*Provisional Government was deposed\." \(at 269–394\) now reads ".*Provisional Governrnent was deposed\." at 269–395 \(2 edits\)/,
    );
  });

  it('with the page texts apart, warns of a moved anchor and of nothing else, reading the old texts from their files', () => {
    const root = copyOfProject();
    run(['--root', root, '--texts', 'apart']);
    // Nothing changed: no warning (the old texts are read from page-texts/, not taken as empty).
    expect(run(['--root', root, '--texts', 'apart']).err).toEqual([]);
    const rulesFile = join(root, 'sources/stormy-passage/reading-rules.json');
    writeFileSync(
      rulesFile,
      readFileSync(rulesFile, 'utf8').replace(
        '"reading": "Government"',
        '"reading": "Governrnent"',
      ),
    );
    const { err } = run(['--root', root, '--texts', 'apart', '--check']);
    expect(err.filter((line) => line.startsWith('warning: '))).toEqual([
      expect.stringMatching(
        /^warning: sources\/stormy-passage\/pages\/376\.json: event "government-deposed": .*now reads ".*Provisional Governrnent was deposed\."/,
      ),
    ]);
  });

  it('leaves events.json untouched when a curation file is not JSON', () => {
    const root = copyOfProject();
    writeFileSync(join(root, 'events.json'), 'previous\n');
    writeFileSync(join(root, 'curation', 'people.json'), '{ "people": [ }');
    const result = run(['--root', root]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/^error: curation\/people\.json: not valid JSON/);
    expect(readFileSync(join(root, 'events.json'), 'utf8')).toBe('previous\n');
  });

  it('names the file, the item and the field of a schema error', () => {
    const root = copyOfProject();
    const path = join(root, 'curation', 'places.json');
    const places = JSON.parse(readFileSync(path, 'utf8'));
    places.places[0].coordinates = [30.3, 'north'];
    writeFileSync(path, JSON.stringify(places));
    const result = run(['--root', root]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(
      'error: curation/places.json: places[0].coordinates[1]: "winter-palace": must be number',
    );
    expect(existsSync(join(root, 'events.json'))).toBe(false);
  });

  it('reports a missing source folder instead of crashing', () => {
    const root = copyOfProject();
    rmSync(join(root, 'sources'), { recursive: true });
    const result = run(['--root', root]);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe('error: sources: file not found');
  });

  it('rejects an unknown option with the usage', () => {
    const result = run(['--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/Unknown option '--frobnicate'[\s\S]*usage: npm run extract/);
  });
});
