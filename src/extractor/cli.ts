/**
 * `npm run extract`: curation + source pages → events.json.
 * `npm run extract -- --check`: exit 1 when events.json is not what the curation gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { staleAnchorsOf } from './anchoring/storedAnchors';
import { CurationError } from './curation/curationError';
import { loadProject } from './curation/loadProject';
import { extract } from './extract';
import { buildProjectReadingTexts } from './reading-text/projectReadingTexts';
import {
  MOST_PAGES_INLINE,
  PAGE_TEXTS_FOLDER,
  pageTextContents,
  readingTextFrom,
  removeUnusedPageTexts,
  splitPageTexts,
  stalePageTexts,
  textsApartByDefault,
  writePageTexts,
} from './output/pageTextFiles';
import { serializeEvents } from './output/serializeEvents';
import { summarize } from './output/summarize';
import { writeAtomically } from './output/writeAtomically';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

const USAGE = `usage: npm run extract -- [--check] [--root DIR] [--out FILE] [--texts inline|apart] [--quiet]
  --check     do not write; exit 1 if FILE (or a page text file) differs from what the curation gives
  --root DIR  the project folder (default: the current folder)
  --out FILE  where events.json goes (default: DIR/events.json)
  --texts     the pages' texts in events.json (inline), or one file per page in page-texts/
              beside it (apart); default: apart above ${MOST_PAGES_INLINE} pages
  --quiet     print errors only`;

/** Runs the extractor as the command line does and returns the exit code: 0 done, 1 curation problems or stale, 2 usage. */
export function runExtractCli(argv: string[], output: CliOutput = console): number {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        texts: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    output.error(`extract: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    output.log(USAGE);
    return 0;
  }
  if (options.texts !== undefined && options.texts !== 'inline' && options.texts !== 'apart') {
    output.error(`extract: --texts is "inline" or "apart", not "${options.texts}"\n${USAGE}`);
    return 2;
  }
  const root = resolve(options.root);
  const out = resolve(root, options.out ?? 'events.json');

  // The page text files beside events.json, read once for the anchor review and the write.
  const recordedTexts = pageTextContents(dirname(out));
  let result;
  try {
    const project = loadProject(root);
    const texts = buildProjectReadingTexts(project);
    // Before extract(), whose failure (a passage no longer in the text) the warnings explain.
    for (const stale of staleAnchorsOf(
      project,
      existsSync(out) ? readFileSync(out, 'utf8') : null,
      readingTextFrom(dirname(out), recordedTexts),
      texts,
    )) {
      output.error(
        `warning: ${stale.file}: event "${stale.id}": its anchor as ${relative(root, out) || out} records it on ${stale.source}: ${stale.description}`,
      );
    }
    result = extract(project, texts);
  } catch (error) {
    if (error instanceof CurationError) {
      for (const line of error.message.split('\n')) output.error(`error: ${line}`);
      output.error(`extract: ${error.problems.length} problem(s); ${out} left untouched`);
      return 1;
    }
    throw error;
  }
  const apart =
    options.texts === undefined
      ? textsApartByDefault(result.events.sources.length)
      : options.texts === 'apart';
  const split = apart ? splitPageTexts(result.events) : null;
  const content = serializeEvents(split ? split.events : result.events);
  const outDir = dirname(out);

  if (options.check) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
    const staleTexts = split ? stalePageTexts(outDir, split.files, recordedTexts) : [];
    if (staleTexts.length > 0) {
      output.error(
        `extract --check: ${staleTexts.length} page text file(s) beside ${out} missing or stale (${staleTexts[0]}${staleTexts.length > 1 ? ', …' : ''}): run \`npm run extract\``,
      );
      return 1;
    }
    if (current === content) {
      if (!options.quiet)
        output.log(`extract --check: ${out} is up to date (${result.events.events.length} events)`);
      return 0;
    }
    output.error(
      `extract --check: ${out} is ${current === null ? 'missing' : 'stale'}: run \`npm run extract\` and commit the result`,
    );
    return 1;
  }

  // The texts first, so that events.json never names a file that is not yet there.
  const written = split ? writePageTexts(outDir, split.files, recordedTexts) : 0;
  writeAtomically(out, content);
  const removed = removeUnusedPageTexts(outDir, split?.files ?? []);
  if (!options.quiet) {
    output.log(`wrote ${out}`);
    if (split || removed > 0)
      output.log(
        `page texts in ${join(outDir, PAGE_TEXTS_FOLDER)}: ${split?.files.length ?? 0} (${written} written, ${removed} no longer used removed)`,
      );
    for (const line of summarize(result.events, result.works)) output.log(line);
  }
  return 0;
}
