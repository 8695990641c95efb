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
