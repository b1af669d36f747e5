import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The benchmark's own build: ours (`index.html`, the app's Timeline), vis-timeline's
 * (`vis.html`), TimelineJS3's (`timelinejs.html`), the empty page (`blank.html`) and
 * the data floor (`datafloor.html`), built into a folder of the system's temporary
 * directory (so no linter or formatter of the repo walks it). The app's build never
 * sees these pages: its only input is the root index.html. The runner writes the
 * datasets into that folder's `data/` after building and serves the folder itself.
 */
const here = import.meta.dirname;
export const BENCH_DIST = process.env.BENCH_DIST ?? join(tmpdir(), 'timeline-bench', 'dist');

export default defineConfig({
  root: here,
  base: '/',
  plugins: [svelte()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BENCH_DIST,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // `BENCH_MINIFY=0` keeps names readable in a profile of the bench pages.
    minify: process.env.BENCH_MINIFY !== '0',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: resolve(here, 'index.html'),
        vis: resolve(here, 'vis.html'),
        blank: resolve(here, 'blank.html'),
        timelinejs: resolve(here, 'timelinejs.html'),
        datafloor: resolve(here, 'datafloor.html'),
      },
    },
  },
});
