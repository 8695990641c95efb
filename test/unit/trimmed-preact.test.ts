// Run only by the vitest project `ui-trimmed-preact`, which also runs the interface's tests with
// `preact` resolved to the trimmed build of build/trim-preact.ts, as the script-tag bundles ship it.
import { describe, expect, it } from 'vitest';
import { Component, h, render } from 'preact';

describe('the trimmed preact', () => {
  it('is the one this project renders with: no class-component state', () => {
    expect((Component.prototype as { setState?: unknown }).setState).toBeUndefined();
  });

  it('parses no HTML: dangerouslySetInnerHTML is only an unknown attribute', () => {
    const el = document.createElement('div');
    render(h('p', { dangerouslySetInnerHTML: { __html: '<b>bold</b>' } }), el);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('');
  });

  it('still renders, updates and removes text, attributes, events and checked state', () => {
    const el = document.createElement('div');
    let clicks = 0;
    const view = (on: boolean, label: string) =>
      h('div', { class: 'k' }, h('label', { for: 'x' }, label), h('input', { id: 'x', type: 'checkbox', checked: on, onClick: () => clicks++ }));
    render(view(false, 'Analytics'), el);
    const input = el.querySelector('input')!;
    expect(input.checked).toBe(false);
    input.click();
    expect(clicks).toBe(1);
    render(view(true, 'Statistics'), el);
    expect(el.querySelector('input')).toBe(input);
    expect(input.checked).toBe(true);
    expect(el.querySelector('label')!.textContent).toBe('Statistics');
    render(null, el);
    expect(el.childNodes.length).toBe(0);
  });
});

describe('the interface, on the trimmed preact', () => {
  it('fills a declaration element that held fallback text with the table alone', async () => {
    const { createConsent } = await import('../../src/core/consent');
    const { fillDeclarations } = await import('../../src/ui/declaration');
    const { english } = await import('../../src/ui/texts/en');
    const el = document.createElement('div');
    el.setAttribute('data-cookiegate', 'declaration');
    el.textContent = 'Enable JavaScript to see the cookie list';
    document.body.append(el);
    const consent = createConsent({
      revision: '1',
      categories: { necessary: { required: true, title: 'Strictly necessary' }, analytics: { title: 'Analytics' } },
      cookies: [{ name: 'has_js', category: 'necessary', provider: 'This site', purpose: 'JavaScript on', expires: 'session' }],
    });
    const stop = fillDeclarations(document, consent, english);
    try {
      expect(el.textContent).not.toContain('Enable JavaScript');
      expect(el.querySelectorAll('table')).not.toHaveLength(0);
      expect(el.textContent).toContain('has_js');
    } finally {
      stop();
      consent.destroy();
      el.remove();
    }
  });
});
