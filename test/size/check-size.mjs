// `npm run size`: the bytes a visitor downloads, per entry a site or an app ships, checked against
// test/size/budgets.json. Measures what `npm run build` left in dist/, so build first.
//
// - `cookiegate.js`: the one tag, everything in one file (DESIGN.md's contract).
// - `cookiegate-loader.js`: the split install's loader, as served: all a returning visitor downloads.
// - `cookiegate-full.js`: the full bundle it fetches from beside itself when it cannot serve the
//   page alone (a first visit, the preferences, a changed config).
// - `split-first-visit`: both, each compressed on its own as a server sends them.
// - `cookiegate/headless`: everything `import … from 'cookiegate/headless'` pulls (its chunks),
//   bundled from dist/ by rollup and minified by terser, as an app's bundler would.
// - `createConsent`: the same with only `createConsent` imported, tree-shaken.
//
// Budgets are brotli (quality 11) bytes: start at a measured size rounded up to the next 50 bytes
// and only ever go down. gzip -9 is printed for comparison with peers that publish gzip figures.
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
      const target = typeof entry === 'string' ? entry : entry?.import ?? entry?.default;
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
  return output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
}

/** What is measured, and how. Names are the keys of budgets.json and of the README size markers. */
export const ENTRIES = [
  { name: 'cookiegate.js', what: 'dist/cookiegate.js (the one tag)', load: () => readFileSync(`${DIST}cookiegate.js`) },
  { name: 'cookiegate-loader.js', what: 'dist/cookiegate-loader.js (split loader)', load: () => readFileSync(`${DIST}cookiegate-loader.js`) },
  { name: 'cookiegate-full.js', what: 'dist/cookiegate-full.js (split full bundle)', load: () => readFileSync(`${DIST}cookiegate-full.js`) },
  {
    name: 'split-first-visit',
    what: 'cookiegate-loader.js + cookiegate-full.js',
    parts: ['cookiegate-loader.js', 'cookiegate-full.js'],
  },
  {
    name: 'cookiegate/headless',
    what: "import * from 'cookiegate/headless'",
    load: () => bundle("export * from 'cookiegate/headless';"),
  },
  {
    name: 'createConsent',
    what: "import { createConsent } from 'cookiegate/headless'",
    load: () => bundle("export { createConsent } from 'cookiegate/headless';"),
  },
];

export function readBudgets() {
  return JSON.parse(readFileSync(BUDGETS, 'utf8'));
}

const fmt = (n) => (n == null ? '–' : n.toLocaleString('en-GB'));

async function main() {
  if (['cookiegate.js', 'cookiegate-loader.js', 'cookiegate-full.js', 'headless.js'].some((f) => !existsSync(`${DIST}${f}`))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const budgets = readBudgets();
  const rows = [];
  const measured = {};
  for (const entry of ENTRIES) {
    const s = entry.parts
      ? Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, entry.parts.reduce((sum, p) => sum + measured[p][k], 0)]))
      : sizes(await entry.load());
    measured[entry.name] = s;
    const budget = budgets[entry.name]?.brotli;
    const status = budget == null ? 'NO BUDGET' : s.brotli > budget ? 'OVER' : 'ok';
    rows.push({ ...entry, ...s, budget, status });
  }

  const table = [
    ['entry', 'what', 'raw', 'gzip -9', 'brotli 11', 'budget (brotli)', ''],
    ...rows.map((r) => [r.name, r.what, fmt(r.raw), fmt(r.gzip), fmt(r.brotli), fmt(r.budget), r.status]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((c, i) => (i >= 2 && i <= 5 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(`|${widths.map((w, i) => (i >= 2 && i <= 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));

  const failed = rows.filter((r) => r.status !== 'ok');
  for (const r of rows) {
    if (r.status === 'OVER') {
      console.error(`\n${r.name} is ${fmt(r.brotli - r.budget)} bytes over its budget of ${fmt(r.budget)} bytes brotli.`);
    } else if (r.status === 'NO BUDGET') {
      console.error(`\n${r.name} has no budget: add { "brotli": ${Math.ceil(r.brotli / 50) * 50} } to test/size/budgets.json.`);
    } else if (r.budget - r.brotli >= 50) {
      // Budgets only go down: a saving of 50 bytes or more should be locked in.
      console.log(`\n${r.name} is ${fmt(r.budget - r.brotli)} bytes under budget: lower it to ${fmt(Math.ceil(r.brotli / 50) * 50)} in test/size/budgets.json (and the README marker).`);
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
