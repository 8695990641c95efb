// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EnvironmentError, findChromium, launchArgs } from '../../../src/cli/browser';

describe('finding and launching Chromium', () => {
  it('uses CHROMIUM_PATH when set, and says so when it does not exist', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none' }, () => false)).toThrow(
      /CHROMIUM_PATH is set to \/opt\/none/,
    );
  });

  it("prefers Debian's /usr/bin/chromium, then other usual places", () => {
    expect(findChromium({}, () => true)).toBe('/usr/bin/chromium');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  it('explains what to do when there is no browser', () => {
    expect(() => findChromium({}, () => false)).toThrow(EnvironmentError);
    expect(() => findChromium({}, () => false)).toThrow(/set CHROMIUM_PATH/);
  });

  it('passes the host map to Chromium as host resolver rules', () => {
    expect(launchArgs()).toContain('--no-sandbox');
    expect(launchArgs().some((a) => a.startsWith('--host-resolver-rules'))).toBe(false);
    expect(launchArgs('MAP *.example.com 127.0.0.1')).toContain('--host-resolver-rules=MAP *.example.com 127.0.0.1');
  });
});
