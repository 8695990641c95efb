import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { base, start } from './helpers';
import { bannerFingerprint, type ConsentReceipt } from '../../../src/integrations/receipts';
import { validateConfig } from '../../../src/core/validate-config';

const config = { ...base, receipts: { endpoint: '/consent-receipts' } };
const nav = navigator as Navigator & { sendBeacon?: Navigator['sendBeacon'] };
let beacon: ReturnType<typeof vi.fn>;

async function bodies(): Promise<ConsentReceipt[]> {
  return Promise.all(
    beacon.mock.calls.map(([, blob]) => (blob as Blob).text().then((t) => JSON.parse(t) as ConsentReceipt)),
  );
}

beforeEach(() => {
  beacon = vi.fn(() => true);
  Object.defineProperty(nav, 'sendBeacon', { value: beacon, configurable: true, writable: true });
});
afterEach(() => {
  delete (nav as { sendBeacon?: unknown }).sendBeacon;
  vi.unstubAllGlobals();
});

describe('consent receipts', () => {
  it('posts accept, custom, withdraw and reject receipts by beacon', async () => {
    const consent = start(config);
    const first = consent.acceptAll();
    consent.set({ marketing: false });
    consent.set({ analytics: true });
    consent.rejectAll();
    consent.set({ analytics: true });
    const sent = await bodies();
    expect(sent.map((r) => r.action)).toEqual(['accept-all', 'withdraw', 'custom', 'withdraw', 'custom']);
    expect(beacon.mock.calls[0][0]).toBe('/consent-receipts');
    expect((beacon.mock.calls[0][1] as Blob).type).toBe('text/plain;charset=utf-8');
    expect(sent[0]).toEqual({
      id: first!.id,
      revision: '2021-03-01',
      categories: { necessary: true, analytics: true, marketing: true },
      action: 'accept-all',
      timestamp: new Date(first!.updated).toISOString(),
      path: location.pathname,
      bannerVersion: '2021-03-01',
      bannerFingerprint: expect.stringMatching(/^0\.2\.0-[0-9a-f]{8}$/) as unknown,
      choices: { necessary: true, analytics: true, marketing: true },
      source: location.origin + location.pathname,
    });
    consent.destroy();
  });

  it('posts reject-all for a first refusal', async () => {
    const consent = start(config);
    consent.rejectAll();
    const [receipt] = await bodies();
    expect(receipt.action).toBe('reject-all');
    expect(receipt.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(Object.keys(receipt).sort()).toEqual([
      'action',
      'bannerFingerprint',
      'bannerVersion',
      'categories',
      'choices',
      'id',
      'path',
      'revision',
      'source',
      'timestamp',
    ]);
    // compliance.md A.14: {timestamp, bannerVersion, choices, source}.
    expect(receipt.bannerVersion).toBe(receipt.revision);
    expect(receipt.choices).toEqual(receipt.categories);
    expect(receipt.source).toBe(location.origin + location.pathname);
    consent.destroy();
  });

  it('fingerprints what the visitor saw: another text or category under the same revision gives another fingerprint (CNIL 2020-092)', () => {
    const fingerprint = (extra: Record<string, unknown>) => {
      const { config } = validateConfig({ ...base, ...extra });
      return bannerFingerprint(config, 'en');
    };
    const plain = fingerprint({});
    expect(fingerprint({})).toBe(plain);
    expect(fingerprint({ texts: { bannerText: 'We use cookies.' } })).not.toBe(plain);
    expect(fingerprint({ categories: { ...base.categories, functional: {} } })).not.toBe(plain);
    expect(fingerprint({ policyUrl: '/cookies' })).not.toBe(plain);
    expect(bannerFingerprint(validateConfig(base).config, 'cy')).not.toBe(plain);
  });

  it('posts nothing for a decision synced from another tab', () => {
    const other = start(config);
    const consent = start(config);
    consent.acceptAll();
    // The other tab re-reads the consent cookie when it gains focus (the core's fallback sync).
    window.dispatchEvent(new Event('focus'));
    expect(other.has('analytics')).toBe(true);
    expect(beacon).toHaveBeenCalledTimes(1);
    other.destroy();
    consent.destroy();
  });

  it('posts nothing for a reset', () => {
    const consent = start(config);
    consent.reset();
    expect(beacon).not.toHaveBeenCalled();
    consent.destroy();
  });

  it('falls back to fetch with keepalive when the beacon is refused', () => {
    beacon.mockReturnValue(false);
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetch);
    const consent = start(config);
    consent.rejectAll();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/consent-receipts');
    expect(init).toMatchObject({ method: 'POST', keepalive: true });
    expect((JSON.parse(init.body as string) as { action: string }).action).toBe('reject-all');
    consent.destroy();
  });

  it('sends a CORS-safelisted type, so another origin needs no preflight', () => {
    const consent = start({ ...config, receipts: { endpoint: 'https://receipts.example.com/c' } });
    consent.acceptAll();
    expect((beacon.mock.calls[0][1] as Blob).type).toBe('text/plain;charset=utf-8');
    consent.destroy();
  });

  it('never throws when sending fails', () => {
    beacon.mockImplementation(() => {
      throw new TypeError('blocked');
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    const consent = start(config);
    expect(() => consent.acceptAll()).not.toThrow();
    consent.destroy();
  });

  it('posts nothing without an endpoint', () => {
    const consent = start(base);
    consent.acceptAll();
    expect(beacon).not.toHaveBeenCalled();
    consent.destroy();
  });
});
