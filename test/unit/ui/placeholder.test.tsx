import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, within } from '@testing-library/preact';
import { createConsent } from '../../../src/core/consent';
import type { ChangeInfo, Consent } from '../../../src/core/consent-types';
import { HELD_ATTRIBUTE } from '../../../src/core/auto-block';
import { mountPlaceholder } from '../../../src/ui/placeholder';
import cy from '../../../src/i18n/cy';
import de from '../../../src/i18n/de';
import es from '../../../src/i18n/es';
import fr from '../../../src/i18n/fr';
import it_ from '../../../src/i18n/it';
import nl from '../../../src/i18n/nl';
import pl from '../../../src/i18n/pl';

const placeholderTranslations = { cy, de, es, fr, it: it_, nl, pl };

const VIDEO = 'https://www.youtube.com/embed/abc';
const config = {
  revision: '1',
  autoBlock: true,
  categories: { necessary: { required: true }, marketing: { title: 'Marketing' } },
  services: { youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube.com/embed/*'] } },
};
const instances: Consent<string, string>[] = [];
afterEach(() => {
  for (const consent of instances.splice(0)) consent.destroy();
});

function setup(): Consent<string, string> {
  const consent = createConsent(config) as unknown as Consent<string, string>;
  instances.push(consent);
  return consent;
}

/** jsdom lays nothing out: the iframe gets the box a browser would give it. */
function sized(iframe: HTMLIFrameElement): HTMLIFrameElement {
  iframe.getBoundingClientRect = () => ({ width: 560, height: 315 }) as DOMRect;
  return iframe;
}

function heldVideo(): HTMLIFrameElement {
  const iframe = sized(document.createElement('iframe'));
  iframe.src = VIDEO;
  document.body.append(iframe);
  return iframe;
}

const inside = (host: Element | null) => within(host?.shadowRoot as unknown as HTMLElement);

describe('placeholder', () => {
  it('names the provider, takes the iframe’s size, and its button grants that one service and loads it', () => {
    const consent = setup();
    const iframe = heldVideo();
    expect(iframe.getAttribute(HELD_ATTRIBUTE)).toBe('youtube');
    const changes = vi.fn();
    consent.on('change', changes);
    expect(mountPlaceholder(consent, iframe)).not.toBeNull();
    const host = document.querySelector('cookiegate-placeholder')!;
    expect(host.nextElementSibling).toBe(iframe);
    const box = host.shadowRoot?.querySelector<HTMLElement>('.placeholder');
    expect([box?.style.width, box?.style.height]).toEqual(['560px', '315px']);
    expect(iframe.style.display).toBe('none');
    const ui = inside(host);
    expect(ui.getByText(/YouTube sets cookies/)).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Load YouTube content' }));
    expect(changes).toHaveBeenCalledTimes(1);
    expect((changes.mock.calls[0][1] as ChangeInfo).action).toBe('custom');
    expect(consent.record()?.services).toEqual({ youtube: true });
    expect(consent.has('marketing')).toBe(false);
    expect(iframe.getAttribute('src')).toBe(VIDEO);
    expect(document.querySelector('cookiegate-placeholder')).toBeNull();
    expect(iframe.style.display).toBe('');
  });

  it('grants the category of a gated iframe without a service, and says so', () => {
    const consent = setup();
    const iframe = sized(document.createElement('iframe'));
    iframe.setAttribute('data-category', 'marketing');
    iframe.setAttribute('data-src', 'https://maps.example.com/embed?q=x');
    document.body.append(iframe);
    mountPlaceholder(consent, iframe);
    const ui = inside(document.querySelector('cookiegate-placeholder'));
    expect(ui.getByText(/maps\.example\.com sets cookies/)).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Load content (allows all Marketing cookies)' }));
    expect(consent.has('marketing')).toBe(true);
    expect(iframe.getAttribute('src')).toBe('https://maps.example.com/embed?q=x');
    expect(document.querySelector('cookiegate-placeholder')).toBeNull();
  });

  it('opens the preferences from its link', () => {
    const consent = setup();
    const opened = vi.fn();
    consent.on('preferences', opened);
    mountPlaceholder(consent, heldVideo());
    fireEvent.click(
      inside(document.querySelector('cookiegate-placeholder')).getByRole('link', { name: 'Cookie preferences' }),
    );
    expect(opened).toHaveBeenCalledTimes(1);
    expect(consent.record()).toBeNull();
  });

  it('is off with data-placeholder="false", for iframes that are not blocked, and for frames that take no space', () => {
    const consent = setup();
    const off = heldVideo();
    off.setAttribute('data-placeholder', 'false');
    expect(mountPlaceholder(consent, off)).toBeNull();
    const free = sized(document.createElement('iframe'));
    free.src = 'https://maps.example.com/';
    document.body.append(free);
    expect(mountPlaceholder(consent, free)).toBeNull();
    const tiny = document.createElement('iframe');
    tiny.src = VIDEO;
    document.body.append(tiny);
    expect(mountPlaceholder(consent, tiny)).toBeNull();
    expect(document.querySelector('cookiegate-placeholder')).toBeNull();
  });

  it('renders translated texts, with the language marked', () => {
    const consent = setup();
    mountPlaceholder(consent, heldVideo(), { texts: placeholderTranslations.cy });
    const host = document.querySelector('cookiegate-placeholder');
    const ui = inside(host);
    expect(ui.getByRole('button', { name: 'Llwytho cynnwys YouTube' })).toBeTruthy();
    expect(host?.shadowRoot?.querySelector('[lang="cy"]')).not.toBeNull();
  });

  it('has every key in all seven translations, with the placeholders each string needs', () => {
    for (const texts of Object.values(placeholderTranslations)) {
      expect(texts.placeholderPreferences).toBeTruthy();
      expect(texts.placeholderText).toContain('{provider}');
      expect(texts.placeholderLoad).toContain('{provider}');
      expect(texts.placeholderLoadCategory).toContain('{category}');
    }
  });
});
