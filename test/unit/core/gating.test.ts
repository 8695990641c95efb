import { describe, expect, it, vi } from 'vitest';
import { createGate } from '../../../src/core/gating';
import { gatedScript } from '../gated-markup';

// Gated scripts run in jsdom's own script context: they report through the shared document.
const ran = () => document.title.split(',').filter(Boolean);

describe('script gating', () => {
  it('keeps gated scripts inert until their category is granted, then runs each once', () => {
    document.title = '';
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'a,'");
    let granted = false;
    const gate = createGate(document, (c) => c === 'analytics' && granted);
    gate.evaluate();
    expect(ran()).toEqual([]);
    granted = true;
    gate.evaluate();
    gate.evaluate();
    expect(ran()).toEqual(['a']);
    gate.stop();
  });

  it('runs the element in place: nonce, integrity, crossorigin and referrerpolicy stay, data-type and data-src apply', () => {
    const el = gatedScript({
      'data-category': 'analytics',
      'data-src': 'https://cdn.example.com/x.js',
      'data-type': 'module',
      integrity: 'sha384-abc',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      nonce: 'n0nce',
      id: 'x',
    });
    el.nonce = 'n0nce';
    const gate = createGate(document, () => true);
    gate.evaluate();
    const s = document.getElementById('x') as HTMLScriptElement;
    expect(s).toBe(el);
    expect(document.querySelectorAll('#x')).toHaveLength(1);
    expect(s.type).toBe('module');
    expect(s.src).toBe('https://cdn.example.com/x.js');
    expect(s.getAttribute('integrity')).toBe('sha384-abc');
    expect(s.getAttribute('crossorigin')).toBe('anonymous');
    expect(s.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(s.nonce).toBe('n0nce');
    gate.stop();
  });

  it('keeps every other attribute, makes the type runnable and takes a plain src as the URL', () => {
    const el = gatedScript({
      'data-category': 'analytics',
      'data-service': 'plausible',
      src: 'https://cdn.example.com/p.js',
      'data-domain': 'example.org',
      defer: '',
      id: 'p',
    });
    const gate = createGate(document, () => true);
    gate.evaluate();
    const s = document.getElementById('p') as HTMLScriptElement;
    expect(s).toBe(el);
    expect(s.hasAttribute('type')).toBe(false);
    expect(s.getAttributeNames().sort()).toEqual([
      'data-category',
      'data-domain',
      'data-service',
      'defer',
      'id',
      'src',
    ]);
    expect(s.src).toBe('https://cdn.example.com/p.js');
    // No longer gated markup: a second look finds nothing to run.
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(0);
    gate.stop();
  });

  it('runs "!category" scripts only when allow says the category was refused', () => {
    const allow = vi.fn((_c: string, _s: string | null, negated: boolean) => negated);
    gatedScript({ 'data-category': '!analytics', id: 'neg' });
    const gate = createGate(document, allow);
    gate.evaluate();
    expect(allow).toHaveBeenCalledWith('analytics', null, true);
    expect((document.getElementById('neg') as HTMLScriptElement).type).toBe('');
    gate.stop();
  });

  it('passes data-service to allow, and activates iframes by data-src', () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-category', 'marketing');
    frame.setAttribute('data-src', 'https://video.example.com/embed');
    document.body.append(frame);
    gatedScript({ 'data-category': 'analytics', 'data-service': 'googleAnalytics', id: 'svc' });
    const allow = vi.fn((c: string, s: string | null) => c === 'marketing' || s === 'googleAnalytics');
    const gate = createGate(document, allow);
    gate.evaluate();
    expect(frame.getAttribute('src')).toBe('https://video.example.com/embed');
    expect(allow).toHaveBeenCalledWith('analytics', 'googleAnalytics', false);
    gate.stop();
  });

  it('waits for an external script before running the next, then goes on after its error', () => {
    document.title = '';
    gatedScript({ 'data-category': 'analytics', 'data-src': 'https://cdn.example.com/slow.js' });
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'after,'");
    const gate = createGate(document, () => true);
    gate.evaluate();
    expect(ran()).toEqual([]);
    const external = document.querySelector('script[src="https://cdn.example.com/slow.js"]')!;
    external.dispatchEvent(new Event('error'));
    expect(ran()).toEqual(['after']);
    gate.stop();
  });

  it('drops its queue on stop(): tags waiting behind a loading script never run', () => {
    document.title = '';
    document.body.replaceChildren();
    gatedScript({ 'data-category': 'analytics', 'data-src': 'https://cdn.example.com/slow.js' });
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'after,'");
    const gate = createGate(document, () => true);
    gate.evaluate();
    gate.stop();
    document.querySelector('script[src="https://cdn.example.com/slow.js"]')!.dispatchEvent(new Event('load'));
    expect(ran()).toEqual([]);
  });

  it('activates tags inserted later through the MutationObserver', async () => {
    document.title = '';
    const gate = createGate(document, () => true);
    gatedScript({ 'data-category': 'analytics' }, "document.title += 'late,'");
    await new Promise((r) => setTimeout(r, 0));
    expect(ran()).toEqual(['late']);
    gate.stop();
  });

  it('reads "!" on data-service as vanilla-cookieconsent does: the service\'s withdrawal', () => {
    const allow = vi.fn(() => false);
    gatedScript({ 'data-category': 'analytics', 'data-service': '!Google Analytics' });
    gatedScript({ 'data-category': '!analytics', 'data-service': 'Google Analytics' });
    gatedScript({ 'data-category': ' analytics ', 'data-service': '' });
    const gate = createGate(document, allow);
    gate.evaluate();
    expect(allow.mock.calls).toEqual([
      ['analytics', 'Google Analytics', true],
      ['analytics', 'Google Analytics', true],
      ['analytics', null, false],
    ]);
    gate.stop();
  });
});
