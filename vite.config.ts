import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
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
  },
});
