// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = join(__dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
const all = files(src).map((f) => ({ path: relative(src, f), imports: imports(f), text: readFileSync(f, 'utf8') }));

describe('architecture', () => {
  it('keeps core/ free of preact, ui/ and embed', () => {
    const bad = all.filter((f) => f.path.startsWith('core/')).flatMap((f) => f.imports.filter((i) => /preact|\/ui\b|embed/.test(i)).map((i) => `${f.path} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('keeps integrations/ and presets/ free of preact and ui/', () => {
    const bad = all.filter((f) => /^(integrations|presets)\//.test(f.path)).flatMap((f) => f.imports.filter((i) => /preact|\/ui\b|embed/.test(i)).map((i) => `${f.path} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('lets nothing import embed.ts', () => {
    expect(all.filter((f) => f.imports.some((i) => /embed$/.test(i))).map((f) => f.path)).toEqual([]);
  });

  it('keeps headless.ts free of preact in its whole import graph', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of imports(join(src, file))) {
        expect(i, `${file} imports ${i}`).not.toMatch(/^preact/);
        if (i.startsWith('.')) {
          const base = join(join(src, file), '..', i);
          const found = ['.ts', '.tsx', '/index.ts'].map((e) => relative(src, base + e)).find((p) => all.some((f) => f.path === p));
          if (found) walk(found);
        }
      }
    };
    walk('headless.ts');
    expect(seen.size).toBeGreaterThan(5);
  });

  it('uses no innerHTML, eval or new Function, and touches no window at module top level', () => {
    for (const f of all) {
      // Auto-blocking wraps the page's own markup sinks (it must, to hold an iframe they insert);
      // it writes no markup of its own. Everything else may not even name them.
      const sinks = f.path === 'core/auto-block-markup.ts' ? /dangerouslySetInnerHTML/ : /innerHTML|dangerouslySetInnerHTML/;
      expect(f.text, f.path).not.toMatch(sinks);
      expect(f.text, f.path).not.toMatch(/new Function\(|[^.\w]eval\(/);
    }
  });

  it('keeps every source file under 300 lines', () => {
    expect(all.filter((f) => f.text.split('\n').length > 300).map((f) => f.path)).toEqual([]);
  });
});
