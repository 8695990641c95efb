// @vitest-environment node
// DESIGN.md "Architecture", checked: the direction of imports between the layers (read with
// TypeScript's own import scanner, so re-exports and dynamic imports count), and "nothing touches
// `window` or `document` at module top level" (every module is imported in Node with traps on
// the browser globals).
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '../../src');

/** Every source file under src/, as a path relative to it (`core/consent.ts`). */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [relative(SRC, path)] : [];
  });
const FILES = sourceFiles(SRC);

/**
 * The layer a file belongs to: its folder under src/, or for the files at the top: the npm
 * entries and their composition root, the script-tag entry, the server and the framework bindings.
 */
function layerOf(file: string): string {
  const [first] = file.split('/');
  if (file.includes('/')) return first === 'server' ? 'server' : first;
  if (/^embed([-.]|$)/.test(file)) return 'embed';
  if (file.startsWith('server.')) return 'server';
  if (file.startsWith('config.')) return 'config';
  if (/^(react|preact)\./.test(file)) return 'bindings';
  return 'entry';
}

/** What a layer may import besides itself (DESIGN.md: embed → ui → core, bindings → ui → core, …). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  ui: ['core', 'i18n'],
  // Integrations drive the presets they belong to (the Google tag reads the Google Analytics preset).
  integrations: ['core', 'presets'],
  presets: ['core'],
  i18n: ['core'],
  // The server reads cookies as the script tag does: with the shipped presets' config keys, and
  // the composed config type (src/config.ts, types only).
  server: ['core', 'presets', 'config'],
  // The CLI also reads the presets' cookie patterns to name what it finds.
  cli: ['core', 'presets'],
  // The framework providers include the shipped presets, like the script tag (issue 14).
  bindings: ['ui', 'core', 'integrations', 'presets', 'i18n', 'entry', 'config'],
  entry: ['ui', 'core', 'integrations', 'presets', 'i18n', 'entry', 'config'],
  embed: ['ui', 'core', 'integrations', 'presets', 'i18n', 'entry', 'config'],
  config: ['core', 'presets'],
};
/** Layers that may import preact (the interface and what renders it); react only in its binding. */
const MAY_IMPORT_PREACT = new Set(['ui', 'bindings', 'embed', 'entry']);

interface Edge {
  from: string;
  to: string;
  /** The imported file (relative to src/) or the package name. */
  target: string;
}

function edgesOf(file: string): Edge[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return { from: file, to: 'package', target: fileName };
    const target = relative(SRC, join(dirname(join(SRC, file)), fileName)).replace(/\?.*$/, '');
    return { from: file, to: layerOf(target.includes('/') ? target : `${target}.ts`), target };
  });
}
const EDGES = FILES.flatMap(edgesOf);
const show = (edge: Edge) => `${edge.from} → ${edge.target}`;

describe('the direction of imports (DESIGN.md)', () => {
  it('finds the source files and their imports', () => {
    expect(FILES.length).toBeGreaterThan(30);
    expect(EDGES.filter((edge) => edge.to === 'core').length).toBeGreaterThan(20);
  });

  it.each(Object.entries(ALLOWED))('%s imports only its own layer and %j', (layer, allowed) => {
    const wrong = EDGES.filter(
      (edge) =>
        layerOf(edge.from) === layer && edge.to !== 'package' && edge.to !== layer && !allowed.includes(edge.to),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('lets nothing outside the embed import it', () => {
    const wrong = EDGES.filter((edge) => edge.to === 'embed' && layerOf(edge.from) !== 'embed');
    expect(wrong.map(show)).toEqual([]);
  });

  it('keeps preact to the interface and its renderers, and React to its binding', () => {
    const packages = EDGES.filter((edge) => edge.to === 'package');
    const preact = packages.filter(
      (edge) => /^preact(\/|$)/.test(edge.target) && !MAY_IMPORT_PREACT.has(layerOf(edge.from)),
    );
    const react = packages.filter((edge) => /^react(-dom)?(\/|$)/.test(edge.target) && !edge.from.startsWith('react.'));
    expect([...preact, ...react].map(show)).toEqual([]);
  });

  it('keeps the headless and server entries free of preact in their whole import graph', () => {
    for (const entry of ['headless.ts', 'server.ts'].filter((file) => FILES.includes(file))) {
      const seen = new Set<string>();
      const walk = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const edge of EDGES.filter((candidate) => candidate.from === file)) {
          expect(edge.target, `${entry}: ${show(edge)}`).not.toMatch(/^(preact|react)(\/|$)/);
          const next = ['.ts', '.tsx', '/index.ts']
            .map((ending) => edge.target + ending)
            .find((path) => FILES.includes(path));
          if (next) walk(next);
        }
      };
      walk(entry);
      expect(seen.size, entry).toBeGreaterThan(entry === 'headless.ts' ? 5 : 1);
    }
  });
});

/**
 * Files whose whole job is to run when a page or a shell loads them, which nothing imports: the
 * script-tag entries and the CLI's `main`.
 */
const RUNS_ON_LOAD = /^(embed(-[\w-]+)?\.ts|i18n\/register-[\w-]+\.ts|cli\/main\.ts)$/;
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'self',
] as const;

describe('nothing touches the browser at module top level (DESIGN.md: safe to import during server rendering)', () => {
  const touched: string[] = [];
  let importing = '';
  const trap = () => {
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          touched.push(`${importing} reads ${name}`);
          return undefined;
        },
      });
    }
  };
  afterEach(() => {
    for (const name of BROWSER_GLOBALS) Reflect.deleteProperty(globalThis, name);
  });

  it('has no browser globals in this environment to begin with', () => {
    for (const name of BROWSER_GLOBALS) expect(name in globalThis, name).toBe(false);
  });

  it('imports every module in Node without reading window, document, navigator, location or storage', async () => {
    const modules = FILES.filter((file) => !RUNS_ON_LOAD.test(file));
    trap();
    for (const file of modules) {
      importing = file;
      await expect(import(/* @vite-ignore */ join(SRC, file)), file).resolves.toBeDefined();
    }
    expect(modules.length).toBeGreaterThan(30);
    expect(touched).toEqual([]);
  });

  it('lets nothing import the files that run on load', () => {
    const onLoad = FILES.filter((file) => RUNS_ON_LOAD.test(file)).map((file) => file.replace(/\.tsx?$/, ''));
    expect(onLoad.length).toBeGreaterThan(0);
    expect(EDGES.filter((edge) => onLoad.includes(edge.target)).map(show)).toEqual([]);
  });
});

describe('house rules a grep can check', () => {
  it('uses no innerHTML, eval or new Function in src/', () => {
    for (const file of FILES) {
      const text = readFileSync(join(SRC, file), 'utf8');
      expect(text, file).not.toMatch(/dangerouslySetInnerHTML|new Function\(|[^.\w]eval\(/);
      // The one exception: auto-blocking wraps the page's own markup sinks, so that an iframe in the
      // page's markup is held before it navigates (issue 16). It names them to wrap them and writes
      // no markup of its own; nothing else may even name them.
      if (file === 'core/auto-block-markup.ts') continue;
      expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it('keeps every source file under 300 lines', () => {
    const long = FILES.filter((file) => readFileSync(join(SRC, file), 'utf8').split('\n').length > 300);
    expect(long).toEqual([]);
  });
});
