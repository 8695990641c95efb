import { afterEach, describe, expect, it } from 'vitest';
import { configText, fingerprint, VERSION } from '../../src/embed/fingerprint';
import { takeover, type Takeover } from '../../src/embed/takeover';
import type { LoaderHandle } from '../../src/embed/handover';
import pkg from '../../package.json';

type Win = Window & { cookiegateConfig?: unknown; cookiegate?: object };
const w = window as Win;

afterEach(() => {
  document.getElementById('cookiegate-config')?.remove();
  delete w.cookiegateConfig;
  delete w.cookiegate;
});

describe('the config fingerprint', () => {
  it('is the version of package.json, so a new release re-validates every config', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('reads the JSON element as written, else window.cookiegateConfig as JSON, else null', () => {
    expect(configText(w)).toBeNull();
    w.cookiegateConfig = { revision: '1', categories: { analytics: {} } };
    expect(configText(w)).toBe('{"revision":"1","categories":{"analytics":{}}}');
    const el = Object.assign(document.createElement('script'), { type: 'application/json', id: 'cookiegate-config', textContent: ' {"revision": "2"} ' });
    document.head.append(el);
    expect(configText(w)).toBe(' {"revision": "2"} ');
  });

  it('changes with any change of the text, and is at most 7 base-36 digits', () => {
    const a = fingerprint('{"revision":"1"}');
    expect(a).toMatch(/^[0-9a-z]{1,7}$/);
    expect(fingerprint('{"revision":"1"}')).toBe(a);
    expect(fingerprint('{"revision":"2"}')).not.toBe(a);
    expect(fingerprint('{"revision":"1"} ')).not.toBe(a);
  });
});

describe('the split full bundle\'s take-over', () => {
  /** What the full bundle starts with: one set of options, or none beside another instance. */
  const run = (): Takeover[] => {
    const t = takeover(w);
    return t ? [t] : [];
  };

  it('starts on its own without a loader, and not at all beside another instance', () => {
    w.cookiegateConfig = { revision: '1', categories: { analytics: {} } };
    expect(run()).toEqual([{ fingerprint: fingerprint(configText(w)!), resume: undefined, take: undefined }]);
    w.cookiegate = { has: () => false };
    expect(run()).toEqual([]);
  });

  it('starts at once beside a loader, with what it did, and holds its gating until the loader\'s queued tags have run', () => {
    let release: (() => void) | undefined;
    const loader: LoaderHandle = { defaults: true, value: 'v', stop: (done) => (release = done), take: () => {} };
    w.cookiegate = { loader };
    const started = run();
    expect(started).toHaveLength(1);
    expect(started[0].resume).toMatchObject({ defaults: true, value: 'v' });
    expect(started[0].take).toBe(loader.take);
    expect(started[0].fingerprint).toBeUndefined(); // no config on the page
    let begun = false;
    started[0].gateAfter!(() => (begun = true));
    expect(begun).toBe(false);
    release!();
    expect(begun).toBe(true);
  });
});
