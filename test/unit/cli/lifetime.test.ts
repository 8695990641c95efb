// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  allowedSeconds,
  CHROME_MAX_SECONDS,
  exceedsDeclared,
  formatSeconds,
  parseLifetime,
} from '../../../src/cli/lifetime';

const DAY = 86_400;
const seconds = (text: string) => {
  const l = parseLifetime(text);
  return l.kind === 'duration' ? l.seconds : l.kind;
};

describe('parseLifetime', () => {
  it('reads the lifetimes policies write', () => {
    expect(seconds('2 years')).toBe(2 * 365.25 * DAY);
    expect(seconds('30 minutes')).toBe(30 * 60);
    expect(seconds('24 hours')).toBe(DAY);
    expect(seconds('6 months')).toBe(182.625 * DAY);
    expect(seconds('1 minute')).toBe(60);
    expect(seconds('10 minutes')).toBe(600);
    expect(seconds('90 days')).toBe(90 * DAY);
    expect(seconds('2 weeks')).toBe(14 * DAY);
    expect(seconds('13 months')).toBe(13 * (365.25 / 12) * DAY);
  });

  it('reads words, prefixes, suffixes and sums', () => {
    expect(seconds('after two years')).toBe(2 * 365.25 * DAY);
    expect(seconds('2 years after last activity')).toBe(2 * 365.25 * DAY);
    expect(seconds('30 Days')).toBe(30 * DAY);
    expect(seconds('an hour')).toBe(3600);
    expect(seconds('1 year 6 months')).toBe(1.5 * 365.25 * DAY);
    expect(seconds('30 min from set/update')).toBe(1800);
  });

  it('knows the ways of saying "session"', () => {
    for (const t of [
      'session',
      'Session',
      'End of session (browser)',
      'expires on site exit',
      'when the browser is closed',
    ]) {
      expect(parseLifetime(t)).toEqual({ kind: 'session' });
    }
  });

  it('says what it cannot read', () => {
    expect(parseLifetime('forever')).toEqual({ kind: 'unknown', text: 'forever' });
    expect(parseLifetime('Unknown')).toEqual({ kind: 'unknown', text: 'Unknown' });
    expect(parseLifetime('')).toEqual({ kind: 'unknown', text: '' });
  });
});

describe('lifetime limits', () => {
  const now = 1_700_000_000;

  it("allows a declared lifetime plus a small tolerance, within Chrome's 400-day cap", () => {
    expect(allowedSeconds({ kind: 'duration', seconds: 60 })).toBe(180);
    expect(allowedSeconds({ kind: 'duration', seconds: 3 * 365 * DAY })).toBe(CHROME_MAX_SECONDS * 1.01);
    expect(allowedSeconds({ kind: 'session' })).toBe(0);
    expect(allowedSeconds({ kind: 'unknown', text: 'x' })).toBeNull();
  });

  it('flags a cookie that lives longer than declared, and nothing else', () => {
    const twoYears = parseLifetime('2 years');
    // Chrome caps _ga at 400 days: within a 2-year declaration.
    expect(exceedsDeclared(now + 400 * DAY, now, twoYears).exceeds).toBe(false);
    expect(exceedsDeclared(now + 2 * 3600, now, parseLifetime('30 minutes'))).toEqual({ real: 7200, exceeds: true });
    expect(exceedsDeclared(now + 30 * 60, now, parseLifetime('30 minutes')).exceeds).toBe(false);
    expect(exceedsDeclared(now + DAY, now, parseLifetime('session'))).toEqual({ real: DAY, exceeds: true });
    expect(exceedsDeclared(-1, now, parseLifetime('session'))).toEqual({ real: 'session', exceeds: false });
    expect(exceedsDeclared(-1, now, parseLifetime('1 minute')).exceeds).toBe(false);
    expect(exceedsDeclared(now + 10 * 365 * DAY, now, parseLifetime('varies')).exceeds).toBe(false);
  });

  it('formats durations readably', () => {
    expect(formatSeconds(400 * DAY)).toBe('400 days');
    expect(formatSeconds(2 * 365.25 * DAY)).toBe('2 years');
    expect(formatSeconds(7200)).toBe('2 hours');
    expect(formatSeconds(DAY)).toBe('24 hours');
    expect(formatSeconds(59)).toBe('59 seconds');
    expect(formatSeconds(1)).toBe('1 second');
  });
});
