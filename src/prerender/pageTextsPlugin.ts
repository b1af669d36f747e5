/**
 * Ships the page text files that the bundled events.json names (`textFile`, a book's
 * texts kept apart by `npm run extract`) into the build, beside the built events.json
 * (`assets/page-texts/…`), where the app fetches them relative to its address. Each
 * file's name holds its content's hash, so, like the other assets, it may be cached
 * for ever. A name that is not a page text file's, or a file that is missing, stops
 * the build with the page it belongs to.
 */
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { PAGE_TEXT_FILE } from '../extractor/output/pageTextFiles.ts';

export function shipPageTexts(eventsFile = 'events.json'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ship-page-texts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      const events = Object.values(bundle).find(
        (output) => output.type === 'asset' && /^assets\/events-[^/]*\.json$/.test(output.fileName),
      );
      if (!events) return;
      const path = resolve(config.root, eventsFile);
      const { sources } = JSON.parse(readFileSync(path, 'utf8')) as {
        sources: { id: string; textFile?: unknown }[];
      };
      for (const page of sources) {
        if (page.textFile === undefined) continue;
        if (typeof page.textFile !== 'string' || !PAGE_TEXT_FILE.test(page.textFile))
          this.error(
            `${path}: page ${page.id} names ${JSON.stringify(page.textFile)}, not a page text file`,
          );
        let source: string;
        try {
          source = readFileSync(resolve(config.root, page.textFile), 'utf8');
        } catch {
          this.error(
            `${path}: the text of page ${page.id}, ${page.textFile}, is missing: run \`npm run extract\``,
          );
        }
        this.emitFile({
          type: 'asset',
          fileName: posix.join(posix.dirname(events.fileName), page.textFile),
          source,
        });
      }
    },
  };
}
