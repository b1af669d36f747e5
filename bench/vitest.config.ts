import { defineConfig } from 'vitest/config';

/** The benchmark's own unit tests (the generators), run by `npm run bench` before it measures. */
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    environment: 'node',
  },
});
