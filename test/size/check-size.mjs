// `npm run size`: the bytes a visitor downloads, per entry a site or an app ships, checked against
// test/size/budgets.json. Measures what `npm run build` left in dist/, so build first.
//
// - `cookiegate.js`: the one tag, everything in one file (DESIGN.md's contract), preact and
//   js-cookie included as published.
// - `cookiegate/headless`: everything `import … from 'cookiegate/headless'` pulls (its chunks and
//   its dependencies), bundled from dist/ by rollup and minified by terser, as an app's bundler
//   would: the headless import with every integration it exports.
// - `createConsent`: the same with only `createConsent` imported, tree-shaken: the headless import
//   without integrations (issue 14: `createConsent` includes only the plugins passed to it).
//
// Budgets are brotli (quality 11) bytes: a measured size plus about 1 %, rounded up to the next 50
// bytes (room for a dependency's patch release), and they only ever go down. gzip -9 is printed for comparison with peers that publish gzip figures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = `${ROOT}dist/`;
const BUDGETS = fileURLToPath(new URL('budgets.json', import.meta.url));

export function brotli(buf) {
  return brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
}

export function gzip(buf) {
  return gzipSync(buf, { level: 9 }).length;
}

/** Raw, gzip -9 and brotli 11 sizes of a buffer or string. */
export function sizes(code) {
  const buf = Buffer.isBuffer(code) ? code : Buffer.from(code);
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
}

/** Resolves `cookiegate` and `cookiegate/<subpath>` through package.json `exports`, like a consumer's bundler. */
function selfReference() {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  return {
    name: 'cookiegate-self',
    resolveId(source) {
      if (source !== pkg.name && !source.startsWith(`${pkg.name}/`)) return null;
      const key = source === pkg.name ? '.' : `.${source.slice(pkg.name.length)}`;
      const entry = pkg.exports?.[key];
      const target = typeof entry === 'string' ? entry : (entry?.import ?? entry?.default);
      if (!target) return this.error(`package.json exports has no "${key}"`);
      // `sideEffects` in package.json does not list these files: a consumer's bundler may drop
      // whatever is unused, so this measurement may too.
      return { id: fileURLToPath(new URL(target, `file://${ROOT}`)), moduleSideEffects: false };
    },
  };
}

/** Minified bundle of `code` (an ES module importing from cookiegate), as one string. */
export async function bundle(code) {
  const ENTRY = '\0size-entry';
  const bundle = await rollup({
    input: ENTRY,
    onwarn(warning, warn) {
      if (warning.code !== 'EMPTY_BUNDLE') warn(warning);
    },
    plugins: [
      { name: 'size-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? code : null) },
      selfReference(),
      resolve({ browser: true, rootDir: ROOT }),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
}

/** What is measured, and how. Names are the keys of budgets.json and of the README size markers. */
export const ENTRIES = [
  { name: 'cookiegate.js', what: 'dist/cookiegate.js (the one tag)', load: () => readFileSync(`${DIST}cookiegate.js`) },
  {
    name: 'cookiegate/headless',
    what: "import * from 'cookiegate/headless' (with integrations)",
    load: () => bundle("export * from 'cookiegate/headless';"),
  },
  {
    name: 'createConsent',
    what: "import { createConsent } from 'cookiegate/headless' (no integrations)",
    load: () => bundle("export { createConsent } from 'cookiegate/headless';"),
  },
];

export function readBudgets() {
  return JSON.parse(readFileSync(BUDGETS, 'utf8'));
}

/** The budget for a measured size: about 1 % above it, rounded up to the next 50 bytes. */
export const budgetFor = (brotliBytes) => Math.ceil((brotliBytes * 1.01) / 50) * 50;

const fmt = (n) => (n == null ? '–' : n.toLocaleString('en-GB'));

async function main() {
  if (['cookiegate.js', 'headless.js'].some((f) => !existsSync(`${DIST}${f}`))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const budgets = readBudgets();
  const rows = [];
  for (const entry of ENTRIES) {
    const s = sizes(await entry.load());
    const budget = budgets[entry.name]?.brotli;
    const status = budget == null ? 'NO BUDGET' : s.brotli > budget ? 'OVER' : 'ok';
    rows.push({ ...entry, ...s, budget, status });
  }

  const table = [
    ['entry', 'what', 'raw', 'gzip -9', 'brotli 11', 'budget (brotli)', ''],
    ...rows.map((r) => [r.name, r.what, fmt(r.raw), fmt(r.gzip), fmt(r.brotli), fmt(r.budget), r.status]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) =>
    `| ${row.map((c, i) => (i >= 2 && i <= 5 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(`|${widths.map((w, i) => (i >= 2 && i <= 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));

  const failed = rows.filter((r) => r.status !== 'ok');
  for (const r of rows) {
    if (r.status === 'OVER') {
      console.error(
        `\n${r.name} is ${fmt(r.brotli - r.budget)} bytes over its budget of ${fmt(r.budget)} bytes brotli.`,
      );
    } else if (r.status === 'NO BUDGET') {
      console.error(`\n${r.name} has no budget: add { "brotli": ${budgetFor(r.brotli)} } to test/size/budgets.json.`);
    } else if (budgetFor(r.brotli) < r.budget) {
      // Budgets only go down: a saving that moves the budget should be locked in.
      console.log(
        `\n${r.name} is ${fmt(r.budget - r.brotli)} bytes under budget: lower it to ${fmt(budgetFor(r.brotli))} in test/size/budgets.json (and the README marker).`,
      );
    }
  }
  if (failed.length) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
