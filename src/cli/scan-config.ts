// The starter config a scan writes (issue 18): categories found, one `cookies` line per cookie or
// pattern, `services` for the catalogue vendors it recognised, today's `revision`, and `policyUrl`
// when a page links to a privacy or cookie page. `cookiegate check` accepts it as it is.

import type { CookieDeclaration } from '../core/config-types';
import type { ServicePreset } from '../core/preset';
import { catalogue } from '../presets/catalogue';
import { UNCLASSIFIED } from './check';
import { classifyCookie, type Classified } from './scan-classify';
import type { ClassificationSource, ScanRecording } from './scan-types';

/** A category a starter config declares. */
interface StarterCategory {
  required?: boolean;
  title: string;
}

/** The JSON a scan writes: a plain `ConsentConfig`. */
export interface StarterConfig {
  revision: string;
  policyUrl?: string;
  categories: Record<string, StarterCategory>;
  cookies: CookieDeclaration[];
  services?: Record<string, Record<string, unknown>>;
}

/** The config and what the scan knows about how each line was made. */
export interface StarterResult {
  config: StarterConfig;
  /** Each line of `config.cookies` with its source and the cookie it came from. */
  lines: (Classified & { cookie: ScanRecording['cookies'][number] })[];
  classified: Record<ClassificationSource, number>;
  /** Catalogue vendors recognised by their cookies or the URLs the site loaded. */
  services: ServicePreset[];
  /** Set when Google Analytics' cookies were found but no measurement id was seen in its requests. */
  missingMeasurementId: boolean;
}

const TITLES: Record<string, string> = {
  necessary: 'Strictly necessary',
  functional: 'Functional',
  analytics: 'Analytics',
  marketing: 'Marketing',
  [UNCLASSIFIED]: 'Unclassified',
};
const ORDER = ['necessary', 'functional', 'analytics', 'marketing', UNCLASSIFIED];

/** True when `url` matches a `services.<id>.urls` pattern, where `*` matches any run of characters. */
export function urlMatches(pattern: string, url: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(url);
}

/** The GA4 measurement id (`G-…`) in a request to Google's hosts, e.g. `gtag/js?id=G-X` or `collect?tid=G-X`. */
export function measurementIdOf(requests: readonly string[], googleAnalytics: ServicePreset): string | undefined {
  for (const url of requests) {
    if (!googleAnalytics.urls.some((pattern) => urlMatches(pattern, url))) continue;
    const id = /[?&](?:id|tid)=(G-[A-Z0-9]+)\b/.exec(url)?.[1];
    if (id) return id;
  }
  return undefined;
}

function classifyAll(recording: ScanRecording): StarterResult['lines'] {
  const consentCookie = recording.pages.find((page) => page.consentCookie)?.consentCookie;
  const lines: StarterResult['lines'] = [];
  for (const cookie of recording.cookies) {
    const classified = classifyCookie(cookie, consentCookie);
    const key = `${classified.line.name}\t${classified.line.pattern ?? ''}`;
    if (lines.some((known) => `${known.line.name}\t${known.line.pattern ?? ''}` === key)) continue;
    lines.push({ ...classified, cookie });
  }
  return lines;
}

function recognisedServices(recording: ScanRecording, lines: StarterResult['lines']): ServicePreset[] {
  const byUrl = catalogue.filter((service) =>
    recording.requests.some((url) => service.urls.some((pattern) => urlMatches(pattern, url))),
  );
  const byCookie = lines.flatMap((line) => (line.service ? [line.service] : []));
  return catalogue.filter((service) => byUrl.includes(service) || byCookie.includes(service));
}

function serviceEntries(
  recording: ScanRecording,
  services: readonly ServicePreset[],
): { entries: StarterConfig['services']; missingId: boolean } {
  const entries: Record<string, Record<string, unknown>> = {};
  let missingId = false;
  for (const service of services) {
    if (service.id !== 'googleAnalytics') {
      entries[service.id] = { category: service.category, title: service.title, urls: [...service.urls] };
      continue;
    }
    // The preset needs the site's measurement id; without one, the cookies are declared but the
    // library is not asked to load Google's tag (fail closed: never a guessed id).
    const measurementId = measurementIdOf(recording.requests, service);
    if (measurementId) entries[service.id] = { measurementId, category: service.category };
    else missingId = true;
  }
  return { entries: Object.keys(entries).length ? entries : undefined, missingId };
}

function categoriesOf(lines: StarterResult['lines'], services: readonly ServicePreset[]): StarterConfig['categories'] {
  const used = new Set([
    'necessary',
    ...lines.map((line) => line.line.category),
    ...services.map((service) => service.category),
  ]);
  const categories: StarterConfig['categories'] = {};
  for (const id of [...ORDER, ...used]) {
    if (!used.has(id) || id in categories) continue;
    categories[id] = id === 'necessary' ? { required: true, title: TITLES[id] } : { title: TITLES[id] ?? id };
  }
  return categories;
}

function policyUrlOf(recording: ScanRecording): string | undefined {
  const link = recording.pages.find((page) => page.policyLink)?.policyLink;
  if (!link) return undefined;
  const url = new URL(link);
  // A path when the link stays on the scanned origin, so the config works on staging too.
  return url.origin === new URL(recording.startUrl).origin ? `${url.pathname}${url.search}` : url.href;
}

function countSources(lines: StarterResult['lines']): StarterResult['classified'] {
  const classified: StarterResult['classified'] = {
    catalogue: 0,
    'generic name': 0,
    'Open Cookie Database': 0,
    cookiegate: 0,
    TODO: 0,
  };
  for (const line of lines) classified[line.source]++;
  return classified;
}

/**
 * Builds the starter config of a scan. `today` is the `revision` (YYYY-MM-DD).
 *
 * @example
 * const { config } = buildStarterConfig(recording, new Date().toISOString().slice(0, 10));
 * writeFileSync('cookiegate.json', JSON.stringify(config, null, 2));
 */
export function buildStarterConfig(recording: ScanRecording, today: string): StarterResult {
  const lines = classifyAll(recording);
  const services = recognisedServices(recording, lines);
  const { entries, missingId } = serviceEntries(recording, services);
  const policyUrl = policyUrlOf(recording);
  const config: StarterConfig = {
    revision: today,
    ...(policyUrl ? { policyUrl } : {}),
    categories: categoriesOf(lines, services),
    cookies: lines.map((line) => line.line),
    ...(entries ? { services: entries } : {}),
  };
  return { config, lines, classified: countSources(lines), services, missingMeasurementId: missingId };
}
