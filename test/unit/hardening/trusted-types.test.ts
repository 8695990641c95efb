import { afterEach, describe, expect, it } from 'vitest';
import { createGate } from '../../../src/core/gating';

type TT = { createPolicy(name: string, rules: { createScript(s: string): string; createScriptURL(s: string): string }): unknown };
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
    document.title = '';
    for (const id of ['a', 'b']) {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.category = id;
      s.text = `document.title += '${id},'`;
      document.body.append(s);
    }
    const gates = ['a', 'b'].map((id) => createGate(document, (category) => category === id));
    gates.forEach((g) => g.evaluate());
    expect(ran()).toEqual(['a', 'b']);
    expect(names).toEqual(['cookiegate']);
    gates.forEach((g) => g.stop());
  });
});
