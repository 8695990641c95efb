/** @jsxRuntime classic */
/** @jsx React.createElement */
/** @jsxFrag React.Fragment */
import { afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import * as React from 'react';
import { StrictMode } from 'react';
import { act } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { within } from '@testing-library/dom';
import { ConsentGate, ConsentProvider, createConsentHooks, useConsent } from '../../../src/react';
import { createConsent } from '../../../src/create-consent';
import { readConsent } from '../../../src/server';
import { banner, config, hosts, instanceCounter } from './fixtures';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let roots: Root[] = [];
beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  act(() => {
    for (const root of roots) root.unmount();
  });
  roots = [];
});

function render(element: React.ReactNode) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  roots.push(root);
  act(() => {
    root.render(element);
  });
  return { container, page: within(container), root };
}

function Status() {
  const { record, has } = useConsent();
  return <p data-testid="status">{record ? `decided, analytics ${has('analytics') ? 'on' : 'off'}` : 'undecided'}</p>;
}

describe('cookiegate/react', () => {
  it('runs on React’s development build, where StrictMode doubles renders and effects', () => {
    // The production build skips StrictMode's second effect run, which would hide the bug under test.
    expect(process.env.NODE_ENV).not.toBe('production');
    let effects = 0;
    function Probe() {
      React.useEffect(() => {
        effects += 1;
      }, []);
      return null;
    }
    render(
      <StrictMode>
        <Probe />
      </StrictMode>,
    );
    expect(effects).toBe(2);
  });

  it('under StrictMode shows one banner and leaves one live instance', () => {
    const { count, plugins } = instanceCounter();
    render(
      <StrictMode>
        <ConsentProvider config={config} plugins={plugins}>
          <Status />
        </ConsentProvider>
      </StrictMode>,
    );
    expect(count.starts).toBe(2); // created, destroyed by the clean-up, created again
    expect(count.live()).toBe(1);
    expect(hosts()).toHaveLength(1);
    expect(banner().getAllByRole('region', { name: /cookie/i })).toHaveLength(1);
  });

  it('destroys its instance and removes the banner on unmount', () => {
    const { count, plugins } = instanceCounter();
    const { root } = render(
      <ConsentProvider config={config} plugins={plugins}>
        <Status />
      </ConsentProvider>,
    );
    act(() => {
      root.unmount();
    });
    roots = [];
    expect(count.live()).toBe(0);
    expect(hosts()).toHaveLength(0);
  });

  it('replaces an earlier provider’s instance on the same document (a root rendered again by hot reload)', () => {
    const { count, plugins } = instanceCounter();
    const tree = (
      <ConsentProvider config={config} plugins={plugins}>
        <Status />
      </ConsentProvider>
    );
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      render(tree);
      render(tree);
    } finally {
      console.warn = warn;
    }
    expect(count.live()).toBe(1);
    expect(hosts()).toHaveLength(1);
    expect(warnings.join()).toMatch(/second ConsentProvider/);
  });

  it('re-renders useConsent on every change', () => {
    render(
      <StrictMode>
        <ConsentProvider config={config} plugins={[]}>
          <Status />
        </ConsentProvider>
      </StrictMode>,
    );
    const status = () => document.querySelector('[data-testid="status"]')?.textContent;
    expect(status()).toBe('undecided');
    act(() => {
      banner().getByRole('button', { name: 'Accept all' }).click();
    });
    expect(status()).toBe('decided, analytics on');
    expect(hosts()).toHaveLength(1);
  });

  it('ConsentGate shows its children only while granted, and the fallback opens the preferences', () => {
    function Withdraw() {
      const { set } = useConsent();
      return <button onClick={() => set({ marketing: false })}>Withdraw</button>;
    }
    const { page } = render(
      <StrictMode>
        <ConsentProvider config={config} plugins={[]}>
          <ConsentGate category="marketing" service="youtube">
            <iframe title="Our film" />
          </ConsentGate>
          <Withdraw />
        </ConsentProvider>
      </StrictMode>,
    );
    expect(page.queryByTitle('Our film')).toBeNull();
    expect(page.getByText('This content needs your consent for YouTube.')).toBeTruthy();
    act(() => {
      page.getByRole('button', { name: 'Cookie preferences' }).click();
    });
    expect(banner().getByRole('dialog')).toBeTruthy();
    act(() => {
      banner().getAllByRole('button', { name: 'Accept all' }).at(-1)?.click();
    });
    expect(page.getByTitle('Our film')).toBeTruthy();
    act(() => {
      page.getByRole('button', { name: 'Withdraw' }).click();
    });
    expect(page.queryByTitle('Our film')).toBeNull();
  });

  it('renders a custom fallback, and a returning visitor’s gated content on the first render', () => {
    const first = createConsent(config, { document: false });
    first.acceptAll();
    const renders: boolean[] = [];
    function Spy() {
      renders.push(useConsent().has('analytics'));
      return null;
    }
    const { page } = render(
      <ConsentProvider config={config} plugins={[]}>
        <Spy />
        <ConsentGate category="analytics" fallback={<p>No chart</p>}>
          <p>Chart</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(renders[0]).toBe(true);
    expect(page.getByText('Chart')).toBeTruthy();
    // A decision exists: no banner, only the reopen control.
    expect(banner().queryByRole('region', { name: /cookie/i })).toBeNull();
  });

  it('adopts an instance without destroying it, and mounts no banner with banner={false}', () => {
    const consent = createConsent(config, { document: false });
    const { root, page } = render(
      <ConsentProvider consent={consent} banner={false}>
        <ConsentGate category="analytics" fallback={<p>No chart</p>}>
          <p>Chart</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(hosts()).toHaveLength(0);
    expect(page.getByText('No chart')).toBeTruthy();
    act(() => {
      consent.acceptAll();
    });
    expect(page.getByText('Chart')).toBeTruthy();
    act(() => {
      root.unmount();
    });
    roots = [];
    expect(consent.set({ analytics: false })?.categories.analytics).toBe(false); // still alive
  });

  it('renders initialRecord on the server and hydrates without a mismatch', () => {
    const accepted = createConsent(config, { document: false }).acceptAll();
    const cookie = document.cookie;
    const initialRecord = readConsent(cookie, config).record;
    expect(initialRecord).toEqual(accepted);
    const app = (record: typeof initialRecord) => (
      <ConsentProvider config={config} plugins={[]} initialRecord={record}>
        <ConsentGate category="analytics" fallback={<p>No chart</p>}>
          <p>Chart</p>
        </ConsentGate>
      </ConsentProvider>
    );
    const html = renderToString(app(initialRecord));
    expect(html).toContain('Chart');
    expect(renderToString(app(null))).toContain('No chart');

    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html; // test-only: the server's HTML, as a browser would parse it
    const errors: unknown[] = [];
    act(() => {
      roots.push(hydrateRoot(container, app(initialRecord), { onRecoverableError: (error) => errors.push(error) }));
    });
    expect(errors).toEqual([]);
    expect(within(container).getByText('Chart')).toBeTruthy();
  });

  it('hydrates from initialRecord even when the browser holds another decision, then shows the live one', () => {
    const app = (
      <ConsentProvider config={config} plugins={[]} initialRecord={null}>
        <ConsentGate category="analytics" fallback={<p>No chart</p>}>
          <p>Chart</p>
        </ConsentGate>
      </ConsentProvider>
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(app); // test-only: the server's HTML, from a request without the cookie
    // Meanwhile the browser holds an acceptance (another tab, or a cookie the server did not see).
    createConsent(config, { document: false }).acceptAll();
    const errors: unknown[] = [];
    act(() => {
      roots.push(hydrateRoot(container, app, { onRecoverableError: (error) => errors.push(error) }));
    });
    expect(errors).toEqual([]);
    expect(within(container).getByText('Chart')).toBeTruthy();
  });

  it('throws a clear error outside a provider', () => {
    const error = console.error;
    console.error = () => undefined;
    try {
      expect(() => render(<Status />)).toThrow(/ConsentProvider/);
    } finally {
      console.error = error;
    }
  });
});

describe('cookiegate/react types', () => {
  it('checks ids through createConsentHooks', () => {
    const typed = createConsentHooks<typeof config>();
    function Typed() {
      const { has, set } = typed.useConsent();
      // @ts-expect-error: a misspelt category
      has('analytcs');
      // @ts-expect-error: a misspelt service
      set({ youtub: true });
      return (
        <>
          <typed.ConsentGate category="marketing" service="youtube" />
          {/* @ts-expect-error: a category the config does not declare */}
          <typed.ConsentGate category="ads" />
        </>
      );
    }
    expect(typeof Typed).toBe('function');
    type Ids = 'necessary' | 'analytics' | 'marketing' | 'youtube';
    type HasOf<T> = Parameters<ReturnType<ReturnType<typeof createConsentHooks<T>>['useConsent']>['has']>[0];
    expectTypeOf<HasOf<typeof config>>().toEqualTypeOf<Ids>();
    const _instance = createConsent(config, { document: false });
    expectTypeOf<HasOf<typeof _instance>>().toEqualTypeOf<Ids>();
    // @ts-expect-error: config and consent together
    const _both = <ConsentProvider config={config} consent={createConsent(config, { document: false })} />;
  });
});
