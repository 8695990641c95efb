// Declared cookie lifetimes, as policies write them ("2 years", "30 minutes", "session"), against
// the lifetimes the browser really gives a cookie.

/** A declared lifetime: a number of seconds, `session` (deleted when the browser closes) or unknown. */
export type Lifetime = { kind: 'session' } | { kind: 'duration'; seconds: number } | { kind: 'unknown'; text: string };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A calendar year and month on average, so "2 years" and "24 months" agree.
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

/** Chrome caps every cookie's expiry at 400 days (support.google.com/analytics/answer/11397207). */
export const CHROME_MAX_SECONDS = 400 * DAY;

const UNITS: [RegExp, number][] = [
  [/^(s|secs?|seconds?)$/, 1],
  [/^(m|mins?|minutes?)$/, MINUTE],
  [/^(h|hrs?|hours?)$/, HOUR],
  [/^(d|days?)$/, DAY],
  [/^(w|wks?|weeks?)$/, 7 * DAY],
  [/^(mo|mos|months?)$/, MONTH],
  [/^(y|yrs?|years?)$/, YEAR],
];

// Partial: WORDS knows only some words, and a miss is undefined.
const WORDS: Partial<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

// Wording that means "until the browser closes": the charity's policy says "expires on site exit",
// the Open Cookie Database says "End of session (browser)".
const SESSION = /\b(session|site exit|browser (is )?closed?|close (of|the) browser|browser closes)\b/;

/**
 * Reads a declared lifetime such as "2 years", "30 minutes", "24 hours", "6 months", "1 minute",
 * "after two years", "1 year 6 months" or "session". Text it cannot read gives `unknown`.
 *
 * @example
 * parseLifetime('2 years'); // { kind: 'duration', seconds: 63115200 }
 */
export function parseLifetime(text: string): Lifetime {
  const t = text.trim().toLowerCase();
  if (SESSION.test(t)) return { kind: 'session' };
  let seconds = 0;
  let found = false;
  const re = /(\d+(?:\.\d+)?|\b[a-z]+\b)[\s-]*([a-z]+)\b/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : WORDS[m[1]];
    const unit = UNITS.find(([u]) => u.test(m[2]));
    if (n === undefined || !unit) {
      // "after two years": the number is the second word of this match; step back one word.
      if (n === undefined && !unit) re.lastIndex = m.index + m[1].length;
      continue;
    }
    seconds += n * unit[1];
    found = true;
  }
  return found && seconds > 0 ? { kind: 'duration', seconds } : { kind: 'unknown', text };
}

/** A duration in the largest unit that keeps it readable: "400 days", "2 hours", "59 seconds". */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const pick = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s >= 2 * YEAR && Math.abs(s / YEAR - Math.round(s / YEAR)) < 0.02) return pick(Math.round(s / YEAR), 'year');
  if (s >= 2 * DAY) return pick(Math.round(s / DAY), 'day');
  if (s >= 2 * HOUR) return pick(Math.round(s / HOUR), 'hour');
  if (s >= 2 * MINUTE) return pick(Math.round(s / MINUTE), 'minute');
  return pick(s, 'second');
}

/**
 * The longest real lifetime a declaration allows, in seconds, or `null` for no limit. A cookie can
 * never outlive Chrome's 400-day cap, and a little tolerance absorbs the time between the cookie
 * being set and being read, and servers whose clocks drift.
 */
export function allowedSeconds(declared: Lifetime): number | null {
  if (declared.kind !== 'duration') return declared.kind === 'session' ? 0 : null;
  const limit = Math.min(declared.seconds, CHROME_MAX_SECONDS);
  return limit + Math.max(2 * MINUTE, limit * 0.01);
}

/**
 * Whether a cookie's real remaining lifetime (Playwright's `expires`: seconds since the epoch, or -1
 * for a session cookie) exceeds what its declaration says, read at `now` (seconds since the epoch).
 */
export function exceedsDeclared(
  expires: number,
  now: number,
  declared: Lifetime,
): { real: number | 'session'; exceeds: boolean } {
  if (expires < 0) return { real: 'session', exceeds: false };
  const real = expires - now;
  const allowed = allowedSeconds(declared);
  return { real, exceeds: allowed !== null && real > allowed };
}
