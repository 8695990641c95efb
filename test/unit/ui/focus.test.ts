// Where focus goes after a decision in the banner (compliance.md F.25, WCAG 2.4.3): back to where
// it was on the page before the interface took it, else the start of the main content; never <body>.
import { describe, expect, it } from 'vitest';
import { fireEvent } from '@testing-library/preact';
import { focused, mount } from './mount';

/** A page with a heading, a link and a main landmark, as most sites have. */
function page(withMain = true) {
  const container = document.createElement(withMain ? 'main' : 'div');
  const heading = document.createElement('h1');
  heading.textContent = 'Welcome';
  const link = document.createElement('a');
  link.href = '/about';
  link.textContent = 'About us';
  container.append(heading, link);
  document.body.append(container);
  return { container, heading, link };
}

describe('focus after a decision', () => {
  for (const mode of ['bar', 'modal'] as const) {
    it(`${mode}: returns to the page element focused before the banner took focus`, () => {
      const { link } = page();
      link.focus();
      const { ui, root } = mount({ mode });
      const accept = ui.getByRole('button', { name: 'Accept all' });
      accept.focus();
      fireEvent.click(accept);
      expect(ui.queryByRole('button', { name: 'Accept all' })).toBeNull();
      expect(focused(root)).toBe(link);
    });

    it(`${mode}: goes to <main> when nothing on the page had focus, and leaves its markup as it was`, () => {
      const { container } = page();
      const { ui, root } = mount({ mode });
      const reject = ui.getByRole('button', { name: 'Reject all' });
      reject.focus();
      fireEvent.click(reject);
      expect(document.activeElement).not.toBe(document.body);
      expect(focused(root)).toBe(container);
      container.blur();
      expect(container.hasAttribute('tabindex')).toBe(false);
    });

    it(`${mode}: after "Save preferences" from the banner's dialog, the main content, not <body>`, () => {
      const { container } = page();
      const { ui, root } = mount({ mode });
      const manage = ui.getByRole('button', { name: 'Manage preferences' });
      manage.focus();
      fireEvent.click(manage);
      fireEvent.click(ui.getByRole('button', { name: 'Save preferences' }));
      expect(ui.queryByRole('dialog')).toBeNull();
      expect(focused(root)).toBe(container);
    });
  }

  it('without a main landmark, goes to the first heading', () => {
    const { heading } = page(false);
    const { ui, root } = mount();
    const accept = ui.getByRole('button', { name: 'Accept all' });
    accept.focus();
    fireEvent.click(accept);
    expect(focused(root)).toBe(heading);
  });

  it('leaves focus alone when it was not in the banner (a decision made elsewhere)', () => {
    const { link } = page();
    const { consent, root } = mount();
    link.focus();
    consent.rejectAll();
    expect(focused(root)).toBe(link);
  });

  it('a modal banner takes focus when it appears; a bar does not', () => {
    const bar = mount();
    expect(bar.root.activeElement).toBeNull();
    bar.mounted.unmount();
    const modal = mount({ mode: 'modal' });
    expect(modal.ui.getByRole('dialog', { name: 'Cookie consent' }).contains(modal.root.activeElement)).toBe(true);
  });
});
