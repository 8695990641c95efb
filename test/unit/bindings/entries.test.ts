// @vitest-environment node
// What each framework and server entry exports, and what its import graph may reach: React only in
// cookiegate/react, no framework in the shared bindings, and no document code on the server.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as react from '../../../src/react';
import * as preact from '../../../src/preact';
import * as server from '../../../src/server';

const src = join(__dirname, '../../../src');
/** Imports that stay in the built code (type-only ones are erased). */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1],
  );

/** Every module an entry reaches (relative to src/), and every package it imports. */
function graph(entry: string) {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    const path = relative(src, file);
    if (modules.has(path)) return;
    modules.add(path);
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
      if (found) walk(found);
    }
  };
  walk(join(src, entry));
  return { modules: [...modules], packages: [...packages] };
}

describe('framework and server entries', () => {
  it('export the documented names only', () => {
    const names = ['ConsentGate', 'ConsentProvider', 'createConsentHooks', 'useConsent'];
    expect(Object.keys(react).sort()).toEqual(names);
    expect(Object.keys(preact).sort()).toEqual(names);
    expect(Object.keys(server)).toEqual(['readConsent']);
  });

  it('import React only in cookiegate/react, and preact/hooks only in cookiegate/preact', () => {
    expect(graph('react.tsx').packages.filter((name) => /hooks|compat/.test(name))).toEqual([]);
    expect(graph('preact.tsx').packages).not.toContain('react');
    for (const entry of ['index.ts', 'headless.ts', 'server.ts', 'bindings/create-bindings.ts']) {
      expect(graph(entry).packages, entry).not.toContain('react');
      expect(graph(entry).packages, entry).not.toContain('preact/hooks');
    }
  });

  it('keep the server entry free of the interface, js-cookie and the document', () => {
    const { modules, packages } = graph('server.ts');
    expect(packages).toEqual([]);
    expect(
      modules.filter((path) => /^(ui|bindings|embed)\/|^core\/(cookies|storage|gating|consent)\.ts$/.test(path)),
    ).toEqual([]);
    for (const path of modules) {
      const code = readFileSync(join(src, path), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, path).not.toMatch(/\bdocument\b|\bwindow\b/);
    }
  });
});
