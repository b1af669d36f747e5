/**
 * The production app on a 600-page book, as a reader would publish it: a copy of the
 * app's build whose `assets/events-<hash>.json` is the book's events.json (its page
 * texts apart, in `assets/page-texts/`, as `npm run extract` keeps a book's), and the
 * same events.json in the bench build for the data floor to fetch and parse. Also the
 * bytes of events.json with its texts inline and apart.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extractor/extract';
import { splitPageTexts } from '../../src/extractor/output/pageTextFiles';
import { serializeEvents } from '../../src/extractor/output/serializeEvents';
import { generateBook } from '../generate/book';

export interface BookAppFiles {
  pages: number;
  events: number;
  /** events.json with every page's texts in it. */
  inlineBytes: number;
  /** events.json with the texts apart, and the page text files together. */
  apartBytes: number;
  pageTextBytes: number;
}

/**
 * Writes the book's app into `bookAppDir` (a copy of `appDir`) and its events.json as
 * `data/events-<n>.json` of the bench build `benchDist`. Returns the sizes and `n`.
 */
export function writeBookApp(
  appDir: string,
  bookAppDir: string,
  benchDist: string,
  pages = 600,
): BookAppFiles {
  const { project } = generateBook(pages);
  const extracted = extract(project).events;
  const inline = serializeEvents(extracted);
  const split = splitPageTexts(extracted);
  const apart = serializeEvents(split.events);

  rmSync(bookAppDir, { recursive: true, force: true });
  cpSync(appDir, bookAppDir, { recursive: true });
  const assets = join(bookAppDir, 'assets');
  const bundled = readdirSync(assets).filter((name) => /^events-[^/]*\.json$/.test(name));
  if (bundled.length !== 1)
    throw new Error(`${assets} holds ${bundled.length} events-*.json files, not one`);
  // The reader's own file under the bundled one's name, as the README says to replace it.
  writeFileSync(join(assets, bundled[0]!), apart);
  mkdirSync(join(assets, 'page-texts'), { recursive: true });
  for (const file of split.files) writeFileSync(join(assets, file.path), file.content);

  mkdirSync(join(benchDist, 'data'), { recursive: true });
  writeFileSync(join(benchDist, 'data', `events-${extracted.events.length}.json`), apart);
  return {
    pages,
    events: extracted.events.length,
    inlineBytes: Buffer.byteLength(inline),
    apartBytes: Buffer.byteLength(apart),
    pageTextBytes: split.files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0),
  };
}
