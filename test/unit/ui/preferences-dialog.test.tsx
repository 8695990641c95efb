import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { createConsent } from '../../../src/core/consent';
import { PreferencesDialog } from '../../../src/ui/preferences-dialog';
import { english } from '../../../src/i18n/english';
import { config, focused, mount } from './mount';

const open = (ui: ReturnType<typeof mount>['ui']) => {
  fireEvent.click(ui.getByRole('button', { name: 'Manage preferences' }));
  return ui.getByRole('dialog', { name: 'Cookie preferences' });
};

afterEach(() => {
  cleanup();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('preferences dialog', () => {
  it('is a modal dialog named "Cookie preferences" with focus inside', () => {
    const { ui, root } = mount();
    const dialog = open(ui);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(root.activeElement)).toBe(true);
  });

  it('shows one switch per category named by its title; required ones checked, disabled, "Always on"', () => {
    const { ui } = mount();
    open(ui);
    const necessary = ui.getByRole<HTMLInputElement>('switch', { name: 'Strictly necessary' });
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(ui.getByText('Always on')).toBeTruthy();
    for (const name of ['Analytics', 'Marketing']) {
      const s = ui.getByRole<HTMLInputElement>('switch', { name });
      expect(s.checked).toBe(false);
      expect(s.disabled).toBe(false);
    }
  });

  it('records the switches on "Save preferences" and closes', () => {
    const { ui, consent } = mount();
    open(ui);
    fireEvent.click(ui.getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(ui.getByRole('button', { name: 'Save preferences' }));
    expect(consent.record()?.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(ui.queryByRole('region')).toBeNull();
  });

  it('"Accept all" and "Reject all" in the dialog decide and close', () => {
    const { ui, consent } = mount();
    open(ui);
    fireEvent.click(within(ui.getByRole('dialog')).getByRole('button', { name: 'Accept all' }));
    expect(consent.record()?.categories.analytics).toBe(true);
    consent.showPreferences();
    fireEvent.click(ui.getAllByRole('button', { name: 'Reject all' })[0]);
    expect(consent.record()?.categories.analytics).toBe(false);
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  it('starts from the stored decision and shows the consent id and date', () => {
    const { ui, consent } = mount();
    const record = consent.set({ analytics: true });
    consent.showPreferences();
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'Analytics' }).checked).toBe(true);
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'Marketing' }).checked).toBe(false);
    expect(ui.getByText(new RegExp(`Your consent id: ${record?.id}`))).toBeTruthy();
  });

  it('leaves a category refused by Global Privacy Control off, and says so', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { ui, consent } = mount();
    expect(consent.gpc).toBe(true);
    open(ui);
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'Marketing' }).checked).toBe(false);
    expect(ui.getByText(/Global Privacy Control/)).toBeTruthy();
    expect(ui.getAllByText(/Global Privacy Control/)).toHaveLength(1);
  });

  it('closes on Escape without recording anything, and focus returns to the opener', () => {
    const { ui, consent, root } = mount();
    const manage = ui.getByRole('button', { name: 'Manage preferences' });
    manage.focus();
    fireEvent.click(manage);
    const dialog = ui.getByRole('dialog');
    fireEvent.click(ui.getByRole('switch', { name: 'Analytics' }));
    fireEvent.keyDown(focused(root)!, { key: 'Escape' });
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(dialog.isConnected).toBe(false);
    expect(consent.record()).toBeNull();
    expect(focused(root)).toBe(manage);
  });

  it('"Close" closes without recording anything', () => {
    const { ui, consent } = mount();
    open(ui);
    fireEvent.click(ui.getByRole('button', { name: 'Close' }));
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(consent.record()).toBeNull();
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    const { ui, root } = mount();
    const dialog = open(ui);
    const buttons = dialog.querySelectorAll('button');
    const last = buttons[buttons.length - 1];
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(focused(root)).toBe(ui.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(focused(root)!, { key: 'Tab', shiftKey: true });
    expect(focused(root)).toBe(last);
    // Focus that escaped to the page comes back in.
    (document.activeElement as HTMLElement | null)?.blur();
    (root.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(dialog.contains(root.activeElement)).toBe(true);
  });

  it('opens from any [data-cookiegate="preferences"] element, added later too, and returns focus to it', () => {
    const { ui, root } = mount();
    ui.getByRole('button', { name: 'Reject all' }).click();
    const link = document.createElement('a');
    link.href = '#cookies';
    link.dataset.cookiegate = 'preferences';
    link.textContent = 'Cookie settings';
    document.body.append(link);
    link.focus();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(ui.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy();
    fireEvent.keyDown(focused(root)!, { key: 'Escape' });
    expect(document.activeElement).toBe(link);
  });

  it('opens from consent.showPreferences() and from the handle', () => {
    const { ui, consent, mounted } = mount();
    consent.showPreferences();
    expect(ui.getByRole('dialog')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Close' }));
    mounted.showPreferences();
    expect(ui.getByRole('dialog')).toBeTruthy();
  });

  it('shows a reopen control after a decision when reopenButton is set; focus returns to it from the dialog', () => {
    const { ui, root } = mount({ reopenButton: true });
    expect(ui.queryByRole('button', { name: 'Cookie preferences' })).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    const reopen = ui.getByRole('button', { name: 'Cookie preferences' });
    reopen.focus();
    fireEvent.click(reopen);
    expect(ui.getByRole('dialog')).toBeTruthy();
    expect(focused(root)).toBe(ui.getByRole('button', { name: 'Close' }));
    fireEvent.click(ui.getByRole('button', { name: 'Save preferences' }));
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(focused(root)).toBe(reopen);
  });

  it('has no reopen control without reopenButton', () => {
    const { ui } = mount({ reopenButton: false });
    fireEvent.click(ui.getByRole('button', { name: 'Accept all' }));
    expect(ui.queryByRole('button', { name: 'Cookie preferences' })).toBeNull();
  });

  it('renders a category title as text, never as HTML', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { ui, root } = mount({ categories: { necessary: { required: true }, analytics: { title: payload } } });
    open(ui);
    expect(ui.getByRole('switch', { name: payload })).toBeTruthy();
    expect(root.querySelector('img')).toBeNull();
  });

  it("lists each category's cookies in a table with column headers", () => {
    const { ui } = mount();
    const dialog = open(ui);
    const analytics = dialog.querySelectorAll('details')[1] as HTMLElement;
    const headers = within(analytics).getAllByRole('columnheader', { hidden: true });
    expect(headers.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual(
      ['Name', 'Provider', 'Purpose', 'Content', 'Expires'].map((h) => [h, 'col']),
    );
    expect(ui.getByRole('cell', { name: '_utma' })).toBeTruthy();
    expect(ui.getByRole('cell', { name: 'Random id' })).toBeTruthy();
    expect(ui.getByText('No cookies in this category.')).toBeTruthy();
  });
});

describe('<PreferencesDialog>', () => {
  const consent = () => createConsent(config, { document: false });
  const props = () => ({
    consent: consent(),
    texts: english,
    draft: { necessary: true, analytics: true, marketing: false },
    onToggle: vi.fn(),
    onClose: vi.fn(),
    actions: [{ label: 'Save preferences', onClick: vi.fn() }],
  });

  it('shows the draft in its switches and reports a flip without recording it', () => {
    const given = props();
    render(<PreferencesDialog {...given} />);
    const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Analytics' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Marketing' }).checked).toBe(false);
    fireEvent.click(screen.getByRole('switch', { name: 'Marketing' }));
    expect(given.onToggle).toHaveBeenCalledWith({ marketing: true });
    expect(given.consent.record()).toBeNull();
  });

  it('describes each switch by its category description', () => {
    render(<PreferencesDialog {...props()} />);
    expect(screen.getByRole('switch', { name: 'Strictly necessary' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Marketing' })).toHaveProperty('disabled', false);
    expect(screen.getByText(english.marketingDescription).id).toBe(
      screen.getByRole('switch', { name: 'Marketing' }).getAttribute('aria-describedby'),
    );
  });

  it('calls onClose from "Close" and the action from its button', () => {
    const given = props();
    render(<PreferencesDialog {...given} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(given.onClose).toHaveBeenCalledTimes(1);
    expect(given.actions[0].onClick).toHaveBeenCalledTimes(1);
  });
});

describe('the preferences dialog with services (issue 16)', () => {
  const withServices = {
    services: {
      youtube: { category: 'marketing', title: 'YouTube' },
      vimeo: { category: 'marketing', title: 'Vimeo' },
    },
  } as const;

  it('makes a category with services a tri-state checkbox with one switch per service, mixed when some are on', () => {
    const { consent, ui } = mount(withServices);
    consent.showPreferences();
    const marketing = ui.getByRole('checkbox', { name: 'Marketing' });
    expect(marketing.getAttribute('aria-checked')).toBe('false');
    // A category without services stays a switch.
    expect(ui.getByRole('switch', { name: 'Analytics' })).toBeTruthy();
    fireEvent.click(ui.getByRole('switch', { name: 'YouTube' }));
    expect(marketing.getAttribute('aria-checked')).toBe('mixed');
    fireEvent.click(marketing);
    expect(marketing.getAttribute('aria-checked')).toBe('true');
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'Vimeo' }).checked).toBe(true);
  });

  it('records one service without its category, and reopens showing it', () => {
    const { consent, ui } = mount(withServices);
    consent.showPreferences();
    fireEvent.click(ui.getByRole('switch', { name: 'YouTube' }));
    fireEvent.click(ui.getByRole('button', { name: 'Save preferences' }));
    expect(consent.has('youtube')).toBe(true);
    expect(consent.has('vimeo')).toBe(false);
    expect(consent.has('marketing')).toBe(false);
    consent.showPreferences();
    expect(ui.getByRole<HTMLInputElement>('switch', { name: 'YouTube' }).checked).toBe(true);
    expect(ui.getByRole('checkbox', { name: 'Marketing' }).getAttribute('aria-checked')).toBe('mixed');
  });
});
