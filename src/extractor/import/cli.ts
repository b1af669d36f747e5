/**
 * `npm run import -- <file-or-folder> --work <id> --first-page N [--force]`: a book's
 * OCR into `sources/<work>/pages/`, then `npm run extract` reads it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliOutput } from '../cli';
import { ImportError, importPages } from './importPages';

const USAGE = `usage: npm run import -- <file-or-folder> --work <id> --first-page N [--force] [--root DIR] [--provenance TEXT]
  <file-or-folder>   a folder of .txt page files, or one text file with a form feed between pages
  --work ID          the work (sources/ID/work.json must exist)
  --first-page N     the number of the first page; the others follow
  --force            replace the text of pages that exist already (their curation is kept)
  --root DIR         the project folder (default: the current folder)
  --provenance TEXT  where the text comes from, for the new pages' curation`;

/** Runs the importer as the command line does: 0 done, 1 refused, 2 usage. */
export function runImportCli(argv: string[], output: CliOutput = console): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        work: { type: 'string' },
        'first-page': { type: 'string' },
        force: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        provenance: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    output.error(`import: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.work || !values['first-page']) {
    output.error(`import: give one file or folder, --work and --first-page\n${USAGE}`);
    return 2;
  }
  if (!/^\d+$/.test(values['first-page'])) {
    output.error(`import: --first-page "${values['first-page']}" is not a page number\n${USAGE}`);
    return 2;
  }
  const root = resolve(values.root);
  const started = performance.now();
  try {
    const result = importPages(root, resolve(positionals[0]!), {
      work: values.work,
      firstPage: Number(values['first-page']),
      force: values.force,
      ...(values.provenance ? { provenance: values.provenance } : {}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    output.log(
      `imported ${result.pages} page${result.pages === 1 ? '' : 's'} (p. ${result.firstPage}–${result.lastPage}) into sources/${values.work}/pages/ in ${seconds} s: ${result.newCurationFiles} new curation file(s)${result.replaced.length ? `, ${result.replaced.length} page text(s) replaced` : ''}; next: npm run extract`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    output.error(`import: ${error.message}`);
    return 1;
  }
}
