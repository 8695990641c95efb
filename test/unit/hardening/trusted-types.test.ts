import { afterEach, describe, expect, it } from 'vitest';
import { createGate } from '../../../src/core/gating';
import { gatedScript } from '../gated-markup';

interface TT {
  createPolicy(name: string, rules: { createScriptURL(s: string): string }): unknown;
}
const w = window as unknown as { trustedTypes?: TT };
// Gated scripts run in jsdom's own script context: they report through the shared document.
const ran = () => document.title.split(',').filter(Boolean);

/** A stand-in for the browser's Trusted Types factory: like Chromium, a second policy of one name throws. */
/** Returns every name asked for, refused ones included. */
function fakeTrustedTypes(): string[] {
  const names: string[] = [];
  w.trustedTypes = {
    createPolicy(name, rules) {
      const duplicate = names.includes(name);
      names.push(name);
      if (duplicate) throw new TypeError(`Policy with name "${name}" already exists.`);
      return rules;
    },
  };
  return names;
}

afterEach(() => {
  delete w.trustedTypes;
});

describe('Trusted Types', () => {
  it('shares one cookiegate policy between two gates on one page (no allow-duplicates needed)', () => {
    const names = fakeTrustedTypes();
    for (const id of ['a', 'b'])
      gatedScript({ 'data-category': id, 'data-src': `https://cdn.example.com/${id}.js`, id: `tt-${id}` });
    const gates = ['a', 'b'].map((id) => createGate(document, (category) => category === id));
    gates.forEach((g) => g.evaluate());
    expect(['a', 'b'].map((id) => (document.getElementById(`tt-${id}`) as HTMLScriptElement).src)).toEqual([
      'https://cdn.example.com/a.js',
      'https://cdn.example.com/b.js',
    ]);
    expect(names).toEqual(['cookiegate']);
    gates.forEach((g) => g.stop());
  });

  it("runs gated inline scripts with no policy at all: their text is the parser's, not an injection", () => {
    const names = fakeTrustedTypes();
    document.title = '';
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'inline,'");
    const gate = createGate(document, () => true);
    gate.evaluate();
    expect(ran()).toEqual(['inline']);
    expect(names).toEqual([]);
    gate.stop();
  });
});
