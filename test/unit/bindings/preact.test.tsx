import { afterEach, describe, expect, it } from 'vitest';
import { h, Fragment } from 'preact';
import { act, cleanup, render } from '@testing-library/preact';
import { ConsentGate, ConsentProvider, createConsentHooks, useConsent } from '../../../src/preact';
import { createConsent } from '../../../src/create-consent';
import { banner, config, hosts, instanceCounter } from './fixtures';

afterEach(() => {
  cleanup();
});

function Status() {
  const { record, has } = useConsent();
  return <p data-testid="status">{record ? `decided, analytics ${has('analytics') ? 'on' : 'off'}` : 'undecided'}</p>;
}

describe('cookiegate/preact', () => {
  it('shows one banner, keeps one live instance, and destroys it on unmount', () => {
    const { count, plugins } = instanceCounter();
    const view = render(
      <ConsentProvider config={config} plugins={plugins}>
        <Status />
      </ConsentProvider>,
    );
    expect(count.live()).toBe(1);
    expect(hosts()).toHaveLength(1);
    expect(banner().getAllByRole('region', { name: /cookie/i })).toHaveLength(1);
    view.unmount();
    expect(count.live()).toBe(0);
    expect(hosts()).toHaveLength(0);
  });

  it('replaces an earlier provider’s instance on the same document', () => {
    const { count, plugins } = instanceCounter();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      render(<ConsentProvider config={config} plugins={plugins} />);
      render(<ConsentProvider config={config} plugins={plugins} />);
    } finally {
      console.warn = warn;
    }
    expect(count.live()).toBe(1);
    expect(hosts()).toHaveLength(1);
  });

  it('re-renders useConsent on every change', async () => {
    const view = render(
      <ConsentProvider config={config} plugins={[]}>
        <Status />
      </ConsentProvider>,
    );
    expect(view.getByTestId('status').textContent).toBe('undecided');
    await act(() => {
      banner().getByRole('button', { name: 'Reject all' }).click();
    });
    expect(view.getByTestId('status').textContent).toBe('decided, analytics off');
  });

  it('ConsentGate shows its children only while granted, and the fallback opens the preferences', async () => {
    function Withdraw() {
      const { set } = useConsent();
      return <button onClick={() => set({ marketing: false })}>Withdraw</button>;
    }
    const view = render(
      <ConsentProvider config={config} plugins={[]}>
        <ConsentGate category="marketing" service="youtube">
          <iframe title="Our film" />
        </ConsentGate>
        <Withdraw />
      </ConsentProvider>,
    );
    expect(view.queryByTitle('Our film')).toBeNull();
    expect(view.getByText('This content needs your consent for YouTube.')).toBeTruthy();
    await act(() => {
      view.getByRole('button', { name: 'Cookie preferences' }).click();
    });
    expect(banner().getByRole('dialog')).toBeTruthy();
    await act(() => {
      banner().getAllByRole('button', { name: 'Accept all' }).at(-1)?.click();
    });
    expect(view.getByTitle('Our film')).toBeTruthy();
    await act(() => {
      view.getByRole('button', { name: 'Withdraw' }).click();
    });
    expect(view.queryByTitle('Our film')).toBeNull();
  });

  it('renders initialRecord first, as the server did, then the live decision', () => {
    // The visitor accepted in the browser; the server's HTML was rendered from `null`.
    createConsent(config, { document: false }).acceptAll();
    const renders: boolean[] = [];
    function Spy() {
      renders.push(useConsent().has('analytics'));
      return null;
    }
    const view = render(
      <ConsentProvider config={config} plugins={[]} initialRecord={null}>
        <Spy />
        <ConsentGate category="analytics" fallback={<p>No chart</p>}>
          <p>Chart</p>
        </ConsentGate>
      </ConsentProvider>,
    );
    expect(renders[0]).toBe(false);
    expect(renders.at(-1)).toBe(true);
    expect(view.getByText('Chart')).toBeTruthy();
  });

  it('renders a returning visitor’s gated content on the first render without initialRecord', () => {
    createConsent(config, { document: false }).acceptAll();
    const renders: boolean[] = [];
    function Spy() {
      renders.push(useConsent().has('analytics'));
      return null;
    }
    render(
      <ConsentProvider config={config} plugins={[]}>
        <Spy />
      </ConsentProvider>,
    );
    expect(renders).not.toContain(false);
  });
});

describe('cookiegate/preact types', () => {
  it('checks ids through createConsentHooks', () => {
    const typed = createConsentHooks<typeof config>();
    function Typed() {
      const { has } = typed.useConsent();
      // @ts-expect-error: a misspelt category
      has('analytcs');
      return (
        <>
          <typed.ConsentGate category="marketing" service="youtube" />
          {/* @ts-expect-error: a category the config does not declare */}
          <typed.ConsentGate category="ads" />
        </>
      );
    }
    expect(typeof Typed).toBe('function');
  });
});
