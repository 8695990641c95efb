import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { createConsent } from '../../../src/core/consent';
import { mountBanner } from '../../../src/ui/mount-banner';
import { Banner } from '../../../src/ui/banner';
import { english } from '../../../src/i18n/english';
import { config, mount } from './mount';

afterEach(cleanup);

describe('banner', () => {
  it('shows a cookie region with accept, reject and manage buttons before a decision', () => {
    const { ui, consent } = mount();
    expect(consent.record()).toBeNull();
    const region = ui.getByRole('region', { name: /cookie/i });
    for (const name of ['Accept all', 'Reject all', 'Manage preferences']) {
      expect(region.contains(ui.getByRole('button', { name }))).toBe(true);
    }
    expect(ui.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/privacy');
  });

  it('renders into an open shadow root placed first in the body', () => {
    const main = document.body.appendChild(document.createElement('main'));
    const { host } = mount();
    expect(host.shadowRoot?.mode).toBe('open');
    expect(document.body.firstElementChild).toBe(host);
    expect(main.previousElementSibling).toBe(host);
  });

  it('"Accept all" grants every optional category and hides the banner', () => {
    const { ui, consent } = mount();
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    expect(consent.record()?.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(ui.queryByRole('region')).toBeNull();
  });

  it('"Reject all" refuses every optional category and hides the banner', () => {
    const { ui, consent } = mount();
    fireEvent.click(ui.getByRole('button', { name: 'Reject all' }));
    expect(consent.record()?.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(ui.queryByRole('region')).toBeNull();
  });

  it('"Manage preferences" opens the dialog and records nothing', () => {
    const { ui, consent } = mount();
    fireEvent.click(ui.getByRole('button', { name: 'Manage preferences' }));
    expect(ui.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    expect(consent.record()).toBeNull();
  });

  it('hides on a decision made elsewhere and shows again after reset()', () => {
    const { ui, consent } = mount();
    consent.rejectAll();
    expect(ui.queryByRole('region')).toBeNull();
    consent.reset();
    expect(ui.getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
  });

  it('does not show when a decision is stored', () => {
    const first = mount();
    first.consent.acceptAll();
    first.mounted.unmount();
    const { ui } = mount();
    expect(ui.queryByRole('region')).toBeNull();
  });

  it('grants nothing on Escape, scrolling or a click elsewhere', () => {
    const { ui, consent } = mount();
    const outside = document.body.appendChild(document.createElement('p'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    fireEvent.scroll(window);
    fireEvent.click(outside);
    expect(consent.record()).toBeNull();
    expect(consent.has('analytics')).toBe(false);
    expect(ui.getByRole('region')).toBeTruthy();
  });

  it('has no policy link without policyUrl, and shows the config links', () => {
    const { ui } = mount({ policyUrl: undefined, links: [{ label: 'Imprint', href: '/imprint' }] });
    expect(ui.queryByRole('link', { name: 'Cookie policy' })).toBeNull();
    expect(ui.getByRole('link', { name: 'Imprint' }).getAttribute('href')).toBe('/imprint');
  });

  it('takes texts from the language, overridden by the config', () => {
    const { ui } = mount(
      { texts: { acceptAll: 'Yes please' } },
      { texts: { acceptAll: 'Derbyn y cyfan', rejectAll: 'Gwrthod y cyfan' } },
    );
    expect(ui.getByRole('button', { name: 'Yes please' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Gwrthod y cyfan' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Manage preferences' })).toBeTruthy();
  });

  it('renders config strings as text, never as HTML', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { ui, root } = mount({ texts: { bannerTitle: payload } });
    expect(ui.getByRole('heading', { name: payload })).toBeTruthy();
    expect(root.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('sets the lang of its texts on the interface (WCAG 3.1.2)', () => {
    const { root } = mount({}, { texts: { lang: 'cy' } });
    expect(root.querySelector('[lang]')?.getAttribute('lang')).toBe('cy');
  });

  it('is a modal dialog with focus inside when mode is "modal"', () => {
    const { ui, root } = mount({ mode: 'modal' });
    const dialog = ui.getByRole('dialog', { name: 'Cookie consent' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(root.activeElement)).toBe(true);
  });

  it('places the banner at the top or in a corner on request', () => {
    expect(mount({ position: 'top' }).ui.getByRole('region').classList.contains('banner--top')).toBe(true);
  });

  it('accepts an instance typed by its config', () => {
    const consent = createConsent({ revision: '1', categories: { necessary: { required: true }, analytics: {} } });
    const mounted = mountBanner(consent);
    expect(document.querySelector('cookiegate-ui')).not.toBeNull();
    mounted.unmount();
    consent.destroy();
  });

  it('removes itself and its listeners on unmount', () => {
    const { mounted, consent } = mount();
    mounted.unmount();
    expect(document.querySelector('cookiegate-ui')).toBeNull();
    consent.reset();
    expect(document.querySelector('cookiegate-ui')).toBeNull();
  });

  it('says under the statistics exception that statistics run and can be objected to, asking no permission', () => {
    const { ui } = mount({ statisticsException: true });
    const region = ui.getByRole('region', { name: /cookie/i });
    expect(region.textContent).toContain(english.bannerTextStatistics);
    expect(region.textContent).not.toMatch(/permission/i);
    expect(ui.getByRole('button', { name: 'Object to statistics' })).toBeTruthy();
  });
});

describe('<Banner>', () => {
  const consent = () => createConsent(config, { document: false });
  const actions = [
    { label: 'Accept all', onClick: vi.fn() },
    { label: 'Reject all', onClick: vi.fn() },
    { label: 'Manage preferences', onClick: vi.fn() },
  ];

  it('renders a region named by its label, its text, the policy link and one button per action', () => {
    render(<Banner config={consent().config} texts={english} actions={actions} />);
    const region = screen.getByRole('region', { name: 'Cookie consent' });
    expect(region.textContent).toContain(english.bannerText);
    expect(screen.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/privacy');
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(actions[1].onClick).toHaveBeenCalledTimes(1);
    expect(actions[0].onClick).not.toHaveBeenCalled();
  });

  it('is a modal dialog over a backdrop in mode "modal"', () => {
    const modal = createConsent({ ...config, mode: 'modal' }, { document: false });
    render(<Banner config={modal.config} texts={english} actions={actions} />);
    expect(screen.getByRole('dialog', { name: 'Cookie consent' }).getAttribute('aria-modal')).toBe('true');
    expect(screen.queryByRole('region')).toBeNull();
  });
});
