import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The long fuzz runs, kept out of `npm test` (test/vitest.config.ts does not include test/fuzz).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'fuzz',
    environment: 'node',
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 600_000,
  },
});
