// Which "site" a host belongs to (its registrable domain), for first- versus third-party cookies
// and same-site crawling. Node has no Public Suffix List built in; this knows the common
// second-level suffixes (`org.uk`, `co.jp`, `com.au`, …), which is enough for a report.

/** Second-level labels that countries use under their code: `example.org.uk` is one site. */
const SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gov',
  'govt',
  'ltd',
  'me',
  'mil',
  'net',
  'nhs',
  'org',
  'plc',
  'police',
  'sch',
]);

/** A host without a leading dot, in lower case. */
export function bareHost(host: string): string {
  return host.replace(/^\./, '').toLowerCase();
}

/**
 * The registrable domain of a host: `www.example.org.uk` → `example.org.uk`, `a.b.example.com` →
 * `example.com`. IP addresses and single labels are their own site.
 *
 * @example
 * siteOf('.region1.google-analytics.com'); // 'google-analytics.com'
 */
export function siteOf(host: string): string {
  const bare = bareHost(host);
  if (/^[\d.]+$/.test(bare) || bare.includes(':')) return bare;
  const labels = bare.split('.');
  // Fewer than two labels leave these undefined.
  const [second, top] = labels.slice(-2) as (string | undefined)[];
  const keep = labels.length >= 3 && top?.length === 2 && second !== undefined && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when two hosts (or cookie domains) belong to the same site. */
export function sameSite(hostA: string, hostB: string): boolean {
  return siteOf(hostA) === siteOf(hostB);
}

/** The host of a URL, or '' when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The host a URL pattern such as `https://*.hotjar.com/*` names, without its wildcard label. */
export function patternHost(pattern: string): string {
  const host = /^[a-z]+:\/\/([^/?#]+)/i.exec(pattern)?.[1] ?? '';
  return host.replace(/^\*\./, '').replace(/:\d+$/, '');
}
