import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { citationMetaTags } from './src/lib/cite/citationMeta.ts';
import type { WorkMetadata } from './src/lib/events/types.ts';
import { shipPageTexts } from './src/prerender/pageTextsPlugin.ts';
import { prerenderPages } from './src/prerender/vitePlugin.ts';

/**
 * The page's Content-Security-Policy: everything from the page's own origin, no
 * inline script and no eval, no plugins, no <base> or form posts elsewhere. Styles
 * come from the built stylesheet; Svelte's `style:` directives and d3 set single
 * properties through the CSSOM, which CSP allows, so no 'unsafe-inline' is needed.
 * `data:` images are allowed for the empty favicon (`<link rel="icon" href="data:,">`)
 * that keeps the browser from asking for /favicon.ico. `frame-ancestors`, `sandbox`
 * and `report-uri` are left out: a <meta> policy cannot carry them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in a <meta> tag of the built page only (the dev server injects
 * inline scripts for hot reloading that the policy would block), right after the
 * charset and before any script or stylesheet, so that it governs all of them.
 */
function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html needs a <meta charset> to put the CSP after');
        return html.replace(charset, (meta) => `${meta}\n    ${tag}`);
      },
    },
  };
}

/**
 * Asks for events.json from the page's head (`<link rel="preload" as="fetch">`), so it
 * downloads beside the page's script instead of after it has run; the app's own
 * `fetch` of the same address then takes the preloaded response. On a slow network
 * that is the script's download time saved before the timeline can be drawn.
 */
function preloadEvents(): Plugin {
  let base = '/';
  return {
    name: 'preload-events',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        let file = 'events.json';
        if (context.bundle) {
          const asset = Object.values(context.bundle).find(
            (output) =>
              output.type === 'asset' && /^assets\/events-[^/]*\.json$/.test(output.fileName),
          );
          if (!asset) throw new Error('events.json is not among the built assets to preload');
          file = asset.fileName;
        }
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Citation.js's core imports `node-fetch` for Node and takes the browser's own `fetch`
 * when it runs in a page; the page never fetches through it (the Cite panel hands it
 * the book as data). The module is replaced by the browser's globals so that Node's
 * streams and buffers are not bundled as empty stand-ins into the Cite panel's chunk.
 * Vitest runs in Node and keeps the real module.
 */
function browserFetchForCitationJs(): Plugin {
  const stub = '\0node-fetch-in-the-browser';
  return {
    name: 'browser-fetch-for-citation-js',
    apply: () => !process.env.VITEST,
    enforce: 'pre',
    resolveId: (id) => (id === 'node-fetch' ? stub : null),
    load: (id) =>
      id === stub
        ? 'export default globalThis.fetch;\nexport const Headers = globalThis.Headers;\n'
        : null,
  };
}

/**
 * Puts the book's citation meta tags (Highwire `citation_*` and `og:type`, see
 * `src/lib/cite/citationMeta.ts`) in the page's head, read from the work's own
 * `work.json` and the pages of it the app shows, so the Zotero connector saves the
 * book with one click and the tags never drift from the curation.
 */
function citationMeta(workDir = 'sources/stormy-passage'): Plugin {
  return {
    name: 'citation-meta',
    transformIndexHtml() {
      const work = JSON.parse(readFileSync(`${workDir}/work.json`, 'utf8')) as WorkMetadata;
      const pages = readdirSync(`${workDir}/pages`)
        .filter((name) => /^\d+\.txt$/.test(name))
        .map((name) => Number.parseInt(name, 10));
      const span = pages.length
        ? { first: Math.min(...pages), last: Math.max(...pages) }
        : undefined;
      return citationMetaTags(work, span).map((tag) => ({
        tag: 'meta',
        attrs: { ...tag },
        injectTo: 'head' as const,
      }));
    },
  };
}

export default defineConfig({
  // Every URL the build writes is relative, so dist/ works from any folder or CDN path.
  base: './',
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    preloadEvents(),
    citationMeta(),
    browserFetchForCitationJs(),
    shipPageTexts(),
    prerenderPages(),
  ],
  // The app fetches the bundled events.json from the project root at run time.
  publicDir: 'public',
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // events.json stays a file of its own, fetched at run time, so its errors can be reported.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // CI may run with both cores busy: a test that extracts a whole project took 6 s there.
    testTimeout: 30_000,
  },
});
