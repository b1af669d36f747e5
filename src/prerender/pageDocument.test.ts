import { describe, expect, it } from 'vitest';
import { buildPageDocument, type PageAssets, type RenderedPage } from './pageDocument';
import { hashSource } from './inlineStyles';
import { APPLY_STORED_THEME_SCRIPT } from '../lib/theme/theme';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" />
    <meta name="description" content="The site." />
    <meta name="citation_lastpage" content="376">
    <title>November 1917</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
    <link rel="preload" href="./assets/events-123.json" as="fetch" crossorigin="">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

const page: RenderedPage = {
  rootPrefix: '../../',
  head: '<!--h--><title>Congress opens — November 1917</title>',
  body: '<main><p style="left: 5%">A</p><a href="?event=x">x</a></main>',
  noscript: '<noscript><p>list</p></noscript>',
  meta: [
    { name: 'description', content: 'Opens "at" 22:40 & more' },
    { property: 'og:title', content: 'Congress opens' },
    { name: 'citation_lastpage', content: '377' },
  ],
  fingerprint: 'abc-123',
};

const stylesheet = '.timeline{color:red}';
const assets: PageAssets = {
  stylesheets: new Map([['assets/index-def.css', stylesheet]]),
};

describe('buildPageDocument', () => {
  const html = buildPageDocument(template, page, assets);

  it('reaches the assets from the page folder and keeps the links of the body', () => {
    expect(html).toContain('src="../../assets/index-abc.js"');
    expect(html).toContain('href="../../assets/events-123.json"');
    expect(html).not.toContain('"./assets/');
    expect(html).toContain('<a href="?event=x">x</a>');
  });

  it('puts the rendered page in #app and the no-script list after it', () => {
    expect(html).toMatch(
      /<div id="app"><main><p data-ps="0">A<\/p>.*<\/main><\/div>\s*<noscript>/s,
    );
  });

  it("has the page's title and meta tags in place of the template's, escaped", () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Congress opens — November 1917</title>');
    expect(html).not.toContain('The site.');
    expect(html).toContain(
      '<meta name="description" content="Opens &quot;at&quot; 22:40 &amp; more" />',
    );
    expect(html).toContain('<meta property="og:title" content="Congress opens" />');
    // The book's last page becomes the passage's, once.
    expect(html.match(/citation_lastpage/g)).toHaveLength(1);
    expect(html).toContain('<meta name="citation_lastpage" content="377" />');
    expect(html).toContain('<meta name="prerendered-events" content="abc-123" />');
  });

  it("lets the policy allow the moved styles by their hash, and nothing else's", () => {
    const css = html.match(/<style id="prerendered-styles">([^<]*)<\/style>/)?.[1];
    expect(css).toBe('[data-ps="0"]{left: 5% !important}');
    expect(html).toContain(
      `style-src 'self' ${hashSource(stylesheet)} ${hashSource(css!)}; img-src`,
    );
    expect(html).not.toContain('unsafe-inline');
  });

  it('refuses a template it cannot place the page in, saying what is missing', () => {
    expect(() =>
      buildPageDocument(template.replace('<div id="app"></div>', ''), page, assets),
    ).toThrow(/0 an empty <div id="app">, not one/);
  });

  it('needs no request before its first paint: the stylesheet is in the page, allowed by its hash', () => {
    expect(html).not.toContain('index-def.css');
    expect(html).toContain(`<style>${stylesheet}</style>`);
    expect(html).toMatch(
      new RegExp(`style-src 'self'[^;]*${hashSource(stylesheet).replace(/[+/]/g, '\\$&')}`),
    );
  });

  it('is not painted until the whole explorer is parsed, so no part of it moves as the rest arrives', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="expect" href="#app" blocking="render" />');
    expect(html.match(/ id="app"/g)).toHaveLength(1);
  });

  it("is painted in the reader's stored theme: the script that applies it is in <head>, allowed by its hash", () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(`<script>${APPLY_STORED_THEME_SCRIPT}</script>`);
    expect(html).toMatch(
      new RegExp(
        `script-src 'self' ${hashSource(APPLY_STORED_THEME_SCRIPT).replace(/[+/]/g, '\\$&')};`,
      ),
    );
    expect(html).not.toContain('unsafe-inline');
  });

  it('refuses a stylesheet link it cannot move into the page, rather than leave it blocking the paint', () => {
    const printLink = template.replace(
      '<link rel="stylesheet" crossorigin',
      '<link rel="stylesheet" media="print" crossorigin',
    );
    expect(() => buildPageDocument(printLink, page, assets)).toThrow(
      /has <link rel="stylesheet" media="print"[^>]*>, which the build cannot move into the page/,
    );
  });

  it('runs the app entry as the module script the template names, the one script file', () => {
    expect(html.match(/<script\b[^>]*\ssrc=/g)).toHaveLength(1);
    expect(html).toContain(
      '<script type="module" fetchpriority="low" crossorigin src="../../assets/index-abc.js">',
    );
  });

  it('names a stylesheet the build did not write, or one with a relative url(), as the error', () => {
    expect(() => buildPageDocument(template, page, { ...assets, stylesheets: new Map() })).toThrow(
      /links assets\/index-def\.css, which the build did not write/,
    );
    const withUrl = new Map([['assets/index-def.css', '.a{background:url(x.png)}']]);
    expect(() => buildPageDocument(template, page, { ...assets, stylesheets: withUrl })).toThrow(
      /url\(x\.png\)/,
    );
  });
});
