import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLanguage } from '../../../src/ui/language';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

describe('resolveLanguage', () => {
  it('uses a shipped configured language, by its primary subtag', () => {
    expect(resolveLanguage('cy', document)).toBe('cy');
    expect(resolveLanguage('fr-CA', document)).toBe('fr');
    expect(resolveLanguage('ja', document)).toBe('en');
  });

  it('"auto" follows <html lang>, then navigator.language, else English', () => {
    document.documentElement.lang = 'cy-GB';
    expect(resolveLanguage('auto', document)).toBe('cy');
    document.documentElement.lang = 'xx';
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-AT');
    expect(resolveLanguage('auto', document)).toBe('de');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ja-JP');
    expect(resolveLanguage('auto', document)).toBe('en');
  });
});
