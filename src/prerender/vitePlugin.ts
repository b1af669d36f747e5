/**
 * The build's prerender: once Vite has written the client bundle and its index.html,
 * the server entry (`serverEntry.ts`) is bundled for Node by a second Vite build into
 * a temporary folder, run on the bundled events.json, and every page it renders is
 * written into the build: `index.html` (the explorer), `embed/index.html`, and
 * `events/<id>/index.html` per event. Runs for `vite build` only; the dev server
 * serves the app unrendered.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildPageDocument, linkedStylesheetFiles, type PageAssets } from './pageDocument.ts';
import type { SitePage } from './serverEntry.ts';

const SERVER_ENTRY = 'src/prerender/serverEntry.ts';

async function renderWithServerBuild(root: string, eventsText: string): Promise<SitePage[]> {
  // Inside the project, so the bundle's imports of svelte and d3 find node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'prerender-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [svelte()],
      build: {
        ssr: resolve(root, SERVER_ENTRY),
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        sourcemap: false,
        rolldownOptions: { output: { entryFileNames: 'serverEntry.mjs' } },
      },
    });
    const entry = (await import(pathToFileURL(join(outDir, 'serverEntry.mjs')).href)) as {
      renderSite(text: string): SitePage[];
    };
    return entry.renderSite(eventsText);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The stylesheets the built index.html links, read from the build, by their paths in it. */
function linkedStylesheets(template: string, outDir: string): Map<string, string> {
  return new Map(
    linkedStylesheetFiles(template).map((file) => [file, readFileSync(join(outDir, file), 'utf8')]),
  );
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const assets: PageAssets = { stylesheets: linkedStylesheets(template, outDir) };
      const eventsText = readFileSync(resolve(config.root, 'events.json'), 'utf8');
      const started = Date.now();
      const pages = await renderWithServerBuild(config.root, eventsText);
      for (const page of pages) {
        const file = join(outDir, page.file);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, buildPageDocument(template, page, assets));
      }
      config.logger.info(
        `prerendered ${pages.length} pages (the explorer, its embed, ${pages.length - 2} events) in ${Date.now() - started} ms`,
      );
    },
  };
}
