import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The benchmark's own build: two pages, ours (`index.html`, the app's Timeline) and
 * vis-timeline's (`vis.html`), built into `bench/.dist`. The app's build never sees
 * them: its only input is the root index.html. The runner writes the datasets into
 * `bench/.dist/data/` after building and serves that folder itself.
 */
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/',
  plugins: [svelte()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '.dist'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: resolve(here, 'index.html'), vis: resolve(here, 'vis.html') },
    },
  },
});
