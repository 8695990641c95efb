import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PREACT_ESM, trim } from '../build/trim-preact';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `preact`, as the script-tag bundles ship it (build/trim-preact.ts), for the interface's tests. */
function trimmedPreact(): Plugin {
  const id = '\0trimmed-preact';
  return {
    name: 'trimmed-preact',
    enforce: 'pre',
    resolveId: (source) => (source === 'preact' ? id : null),
    load: (which) => (which === id ? trim(readFileSync(root + PREACT_ESM, 'utf8')) : null),
  };
}

export default defineConfig({
  root,
  // The split install's code paths (src/env.d.ts) are unit-tested too.
  define: { __SPLIT__: 'true' },
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // Gating inserts real <script> elements: let jsdom run inline ones.
          environmentOptions: { jsdom: { runScripts: 'dangerously' } },
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // Only for the trimmed preact (below).
          exclude: [...configDefaults.exclude, 'test/unit/trimmed-preact.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        // The interface's tests again, against the trimmed preact of the script-tag bundles.
        extends: true,
        plugins: [trimmedPreact()],
        test: {
          name: 'ui-trimmed-preact',
          environment: 'jsdom',
          environmentOptions: { jsdom: { runScripts: 'dangerously' } },
          include: ['test/unit/ui/**/*.test.{ts,tsx}', 'test/unit/trimmed-preact.test.ts'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
