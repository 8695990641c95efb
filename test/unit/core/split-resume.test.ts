// The core's part of the split install (see src/embed-loader.ts): the config fingerprint stored with
// each decision, and the take-over from a loader that already started the page.
import { beforeEach, describe, expect, it } from 'vitest';
import { createConsent } from '../../../src/create-consent';
import { commands, gtagScripts, quiet, resetGoogle, withGa } from '../integrations/helpers';
import { gatedScript } from '../gated-markup';

const config = withGa();
const stored = () => /(?:^|; )cookiegate=([^;]*)/.exec(document.cookie)?.[1];
const events = () => commands().filter((c) => !Array.isArray(c)).length;
const defaults = () => commands().filter((c) => Array.isArray(c) && c[0] === 'consent' && c[1] === 'default').length;
const updates = () => commands().filter((c) => Array.isArray(c) && c[0] === 'consent' && c[1] === 'update');

/** The next page: no Google globals or tags, the cookie kept. */
const nextPage = () => {
  resetGoogle();
  for (const s of gtagScripts()) s.remove();
};

beforeEach(resetGoogle);

describe('the config fingerprint in the consent cookie', () => {
  it('is stored as the eighth field of every decision', () => {
    const consent = createConsent(config, { console: quiet(), fingerprint: 'abc12' });
    consent.acceptAll();
    expect(stored()?.split('|')).toHaveLength(8);
    expect(stored()?.split('|')[7]).toBe('abc12');
    consent.destroy();
  });

  it('is added to a decision stored without it, or under another config, keeping the decision', () => {
    const first = createConsent(config, { console: quiet() });
    const record = first.acceptAll()!;
    first.destroy();
    expect(stored()?.split('|')).toHaveLength(7);
    const second = createConsent(config, { console: quiet(), fingerprint: 'abc12' });
    expect(stored()?.split('|')[7]).toBe('abc12');
    expect(second.record()).toEqual(record);
    second.destroy();
    const third = createConsent(config, { console: quiet(), fingerprint: 'zz9' });
    expect(stored()?.split('|')[7]).toBe('zz9');
    expect(third.record()).toEqual(record);
    third.destroy();
  });
});

describe('taking over from the split loader', () => {
  it('pushes nothing the loader already pushed, and loads the Google tag no second time', () => {
    createConsent(config, { console: quiet() }).acceptAll();
    const value = stored()!;
    nextPage();
    const consent = createConsent(config, { console: quiet(), resume: { defaults: true, value } });
    expect(consent.has('analytics')).toBe(true);
    expect(defaults()).toBe(0);
    expect(updates()).toHaveLength(0);
    expect(events()).toBe(0);
    expect(gtagScripts()).toHaveLength(0);
    // Later changes are pushed as usual.
    consent.rejectAll();
    expect(updates()).toHaveLength(1);
    consent.destroy();
  });

  it('pushes the default when the loader did not, and everything after it when the loader left the page to it', () => {
    createConsent(config, { console: quiet() }).acceptAll();
    nextPage();
    const consent = createConsent(config, { console: quiet(), resume: { defaults: false } });
    expect(defaults()).toBe(1);
    expect(updates()).toHaveLength(1);
    expect(gtagScripts()).toHaveLength(1);
    consent.destroy();
  });

  it('syncs, as a change, to what another tab stored while the loader had the page', async () => {
    const other = createConsent(config, { console: quiet() });
    other.acceptAll();
    const loaderSaw = stored()!;
    other.rejectAll();
    other.destroy();
    const consent = createConsent(config, { console: quiet(), resume: { defaults: true, value: loaderSaw } });
    expect(consent.has('analytics')).toBe(true);
    const seen: string[] = [];
    consent.on('change', (_record, info) => seen.push(info.action));
    await Promise.resolve();
    expect(seen).toEqual(['sync']);
    expect(consent.has('analytics')).toBe(false);
    consent.destroy();
  });

  /** An instance whose gating waits for the loader, with a gated tag on the page and a decision made meanwhile. */
  const heldBack = () => {
    document.title = '';
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'tag,'");
    let begin: (() => void) | undefined;
    const consent = createConsent(config, { console: quiet(), gateAfter: (go) => (begin = go) });
    consent.acceptAll();
    return { consent, begin: () => begin!() };
  };

  it('gates nothing until the loader has run its queued tags; a decision made meanwhile runs its tags then', () => {
    const { consent, begin } = heldBack();
    expect(document.title).toBe('');
    begin();
    expect(document.title).toBe('tag,');
    consent.destroy();
  });

  it('starts no gate at all when destroyed while the loader still ran its tags', () => {
    const { consent, begin } = heldBack();
    consent.destroy();
    begin();
    expect(document.title).toBe('');
  });
});
