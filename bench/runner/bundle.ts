/**
 * The production bundle of the default page: what its index.html loads before the
 * first paint (the entry script, its preloaded chunks and the stylesheets), raw and
 * gzipped, from the files `vite build` writes. Chunks loaded later are listed apart.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  outDir: string;
  /** What the page loads up front. */
  initial: BundleFile[];
  /** Other JS and CSS chunks (lazy imports). */
  lazy: BundleFile[];
  /** The built index.html, with the prerendered explorer in it. */
  html: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

function measure(outDir: string, file: string): BundleFile {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function buildAndMeasureBundle(root: string, outDir: string): BundleReport {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(?:\.?\/)?([^"]+\.(?:js|css))"/g),
  ].map((match) => match[1]!);
  const initial = [...new Set(referenced)].map((file) => measure(outDir, file));
  const assets = readdirSync(join(outDir, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `assets/${file}`);
  const lazy = assets.filter((file) => !referenced.includes(file)).map((f) => measure(outDir, f));
  const sum = (files: BundleFile[]) => ({
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  });
  const page = readFileSync(join(outDir, 'index.html'));
  return {
    outDir,
    html: { raw: page.length, gzip: gzipSync(page).length },
    initial,
    lazy,
    js: sum(initial.filter((f) => f.file.endsWith('.js'))),
    css: sum(initial.filter((f) => f.file.endsWith('.css'))),
    total: sum(initial),
  };
}
