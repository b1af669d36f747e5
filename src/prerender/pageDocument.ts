/**
 * One built page's HTML: the app's index.html as Vite built it, with the page's
 * rendered body in #app, its head (title, meta tags), the list of events for readers
 * without JavaScript after #app, and what `startApp` needs to hydrate it. Asset URLs
 * are made relative to the page's folder, so the site works from any path.
 *
 * The page is drawn by its HTML alone, so nothing stands between the HTML and its
 * first paint: its stylesheet is in the page (as SvelteKit's `inlineStyleThreshold`
 * does; no second request first), and the reader's stored theme is applied by an
 * inline script. The app's entry stays the module script the template names, so the
 * load event waits for it: a reader who acts as soon as the page has loaded acts on
 * the live app, not on a drawing that drops the click (run after the first frame, as
 * tried, it left that gap on a busy machine).
 */
import { escapeHtml } from './escapeHtml.ts';
import { PRERENDERED_EVENTS_META, PRERENDERED_STYLES_ID } from './markers.ts';
import { hashSource, moveStyleAttributes } from './inlineStyles.ts';
import { APPLY_STORED_THEME_SCRIPT } from '../lib/theme/theme.ts';
import { metaTagsHtml, type MetaTag } from '../lib/cite/citationMeta.ts';

export interface RenderedPage {
  /** `./`, `../` or `../../`: the way from the page's folder to the site's root. */
  rootPrefix: string;
  /** What Svelte rendered into <head> (the title, with its hydration markers). */
  head: string;
  /** What Svelte rendered into #app. */
  body: string;
  /** HTML shown when scripts do not run, placed after #app (not hydrated). */
  noscript: string;
  /** Meta tags for the page, each in place of the template's tag of the same name if it has one. */
  meta: MetaTag[];
  /** The fingerprint of the events.json the page was drawn from. */
  fingerprint: string;
}

/** What the build wrote that the page takes in or names, by paths from the site's root (`assets/…`). */
export interface PageAssets {
  /** The text of each stylesheet the template links. */
  stylesheets: ReadonlyMap<string, string>;
}

const APP = '<div id="app"></div>';

const metaKey = (tag: MetaTag) => ('name' in tag ? tag.name : tag.property);

/** The template's `<meta name|property="key">`, any one of them, as a pattern. */
function metaPattern(key: string): RegExp {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<meta\\s+(?:name|property)="${escaped}"\\s+content="[^"]*"\\s*/?>`);
}

/** The template with one part replaced; throws, naming the part, when it is not there once. */
function replaceOnce(
  html: string,
  pattern: RegExp,
  replacement: string | ((match: string, ...groups: string[]) => string),
  what: string,
): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`));
  if (matches?.length !== 1)
    throw new Error(`the built index.html has ${matches?.length ?? 0} ${what}, not one`);
  // A function, so that `$` in the replacement is never read as a pattern of `replace`.
  return html.replace(pattern, typeof replacement === 'string' ? () => replacement : replacement);
}

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g;

/** The stylesheets the built index.html links, by their paths from the site's root. */
export function linkedStylesheetFiles(template: string): string[] {
  return [...template.matchAll(STYLESHEET)].map(([, file]) => file!);
}

/** The template's stylesheet links, each replaced by its text in a <style>; and those texts. */
function inlineStylesheets(
  html: string,
  stylesheets: ReadonlyMap<string, string>,
): { html: string; texts: string[] } {
  const texts: string[] = [];
  const inlined = html.replace(STYLESHEET, (_link, file: string) => {
    const text = stylesheets.get(file);
    if (text === undefined)
      throw new Error(`the built index.html links ${file}, which the build did not write`);
    // A relative url() would be read from the page's folder once the rules are in the page.
    const url = /url\(\s*(?!["']?data:)[^)]*\)/.exec(text);
    if (url)
      throw new Error(`${file} has ${url[0]}, which cannot be moved into pages in other folders`);
    if (/<\/style/i.test(text))
      throw new Error(`${file} has "</style", which would end its <style> early`);
    texts.push(text);
    return `<style>${text}</style>`;
  });
  const left = /<link rel="stylesheet"[^>]*>/.exec(inlined);
  if (left)
    throw new Error(
      `the built index.html has ${left[0]}, which the build cannot move into the page`,
    );
  return { html: inlined, texts };
}

export function buildPageDocument(
  template: string,
  page: RenderedPage,
  assets: PageAssets,
): string {
  const { html: body, css } = moveStyleAttributes(page.body);
  const moved = moveStyleAttributes(page.head);
  const headCss = moved.css;
  // The title as a link preview shows it: on one line (the component writes it over two).
  const head = moved.html.replace(
    /<title>([^<]*)<\/title>/,
    (_tag, text: string) => `<title>${text.replace(/\s+/g, ' ').trim()}</title>`,
  );
  if (headCss) throw new Error('the rendered <head> has style attributes, which it should not');
  const inlined = inlineStylesheets(template, assets.stylesheets);
  let html = inlined.html;
  // Vite's relative base writes `./assets/…`; a page in a folder reaches them from there.
  html = html.replace(/(\s(?:src|href)=")\.\/(?=assets\/)/g, `$1${page.rootPrefix}`);
  // The page is drawn before its script runs: the scripts, their chunks and events.json
  // (for hydrating) are fetched without taking the line from the page itself.
  html = html.replace(
    /<(script type="module"|link rel="modulepreload"|link rel="preload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
  html = replaceOnce(html, /<title>[^<]*<\/title>/, head, 'a <title>');
  // A page's tag takes the place of the template's (the description, the book's pages).
  const added: MetaTag[] = [];
  for (const tag of page.meta) {
    const pattern = metaPattern(metaKey(tag));
    if (pattern.test(html)) html = replaceOnce(html, pattern, metaTagsHtml([tag]), metaKey(tag));
    else added.push(tag);
  }
  const extra = [
    `<script>${APPLY_STORED_THEME_SCRIPT}</script>`,
    ...(added.length > 0 ? [metaTagsHtml(added).replace(/\n/g, '\n    ')] : []),
    `<meta name="${PRERENDERED_EVENTS_META}" content="${escapeHtml(page.fingerprint)}" />`,
    ...(css ? [`<style id="${PRERENDERED_STYLES_ID}">${css}</style>`] : []),
    // With the styles in the page, the browser may paint a part-parsed explorer, and the
    // rest would then push it about; it waits for the whole of #app (Chromium 124+).
    `<link rel="expect" href="#app" blocking="render" />`,
  ];
  html = replaceOnce(html, /<\/head>/, `  ${extra.join('\n    ')}\n  </head>`, 'a </head>');
  const styles = [...inlined.texts, ...(css ? [css] : [])];
  if (styles.length > 0) {
    html = replaceOnce(
      html,
      /<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self'/,
      (policy) => `${policy} ${[...new Set(styles.map(hashSource))].join(' ')}`,
      "a Content-Security-Policy with style-src 'self'",
    );
  }
  html = replaceOnce(
    html,
    /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/,
    (policy) => `${policy} ${hashSource(APPLY_STORED_THEME_SCRIPT)}`,
    "a Content-Security-Policy with script-src 'self'",
  );
  html = replaceOnce(
    html,
    new RegExp(APP),
    `<div id="app">${body}</div>\n    ${page.noscript}`,
    'an empty <div id="app">',
  );
  return html;
}
