// What a human must still do after a scan: every TODO, the non-essential cookies the site sets
// without consent, and which tags each page must gate (markup) or leave to `autoBlock`.

import { catalogue } from '../presets/catalogue';
import { TODO, UNCLASSIFIED } from './check';
import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';
import { urlMatches, type StarterResult } from './scan-config';
import type { ScanAdvice, ScannedPage, ScanRecording, ScanReport } from './scan-types';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function todoAdvice(result: StarterResult): string[] {
  const todos = result.lines
    .filter((line) => line.line.purpose === TODO || line.line.category === UNCLASSIFIED)
    .map(({ line, cookie }) => {
      const setBy = cookie.setBy ? `, set by ${cookie.setBy}` : '';
      return `${line.name} on ${cookie.domain} (first seen on ${cookie.firstSeen}${setBy}): write its purpose and choose its category`;
    });
  if (result.missingMeasurementId) {
    todos.push(
      'Google Analytics cookies found but no measurement id in its requests: add services.googleAnalytics { "measurementId": "G-…" } if the site runs the Google tag',
    );
  }
  return todos;
}

/** The category a script's cookies need, from the lines of the cookies it set. */
function categoryOfScript(result: StarterResult, script: string): string | undefined {
  return result.lines.find((line) => line.cookie.setBy === script && line.line.category !== 'necessary')?.line.category;
}

function pageGating(recording: ScanRecording, result: StarterResult, page: ScannedPage): string[] {
  const advice: string[] = [];
  // What loaded before consent is not gated, even where a gated copy of the same URL also waits.
  for (const script of page.scriptsBeforeConsent) {
    const category = categoryOfScript(result, script);
    if (category) {
      advice.push(
        `${script} sets ${category} cookies before consent: <script type="text/plain" data-category="${category}" data-src="${script}"></script>`,
      );
    }
  }
  const ungated = recording.resources.filter(
    (candidate) =>
      candidate.firstSeen === page.url && (candidate.beforeConsent || !page.gatedSources.includes(candidate.url)),
  );
  for (const resource of ungated) {
    const service = catalogue.find((preset) => preset.urls.some((pattern) => urlMatches(pattern, resource.url)));
    const when = resource.beforeConsent ? 'loads before consent' : 'loaded after "Accept all"';
    advice.push(
      service
        ? `${resource.type} ${resource.url} (${service.title}) ${when}: "autoBlock": true holds it (services.${service.id}), or gate it with data-category="${service.category}"`
        : `${resource.type} ${resource.url} (unknown third party) ${when}: gate it with data-category if it stores or tracks anything`,
    );
  }
  return advice;
}

/** The advice of a scan: TODOs, cookies set without consent, and gating per page. */
export function scanAdvice(recording: ScanRecording, result: StarterResult): ScanAdvice {
  const beforeConsent = result.lines
    .filter(({ line, cookie }) => cookie.beforeConsent && line.category !== 'necessary')
    .map(
      ({ line, cookie }) =>
        `${cookie.name} (${line.category}) on ${cookie.domain}, set before "Accept all" on ${cookie.firstSeen}${cookie.setBy ? ` by ${cookie.setBy}` : ''}`,
    );
  const gating = recording.pages
    .filter((page) => !page.error)
    .map((page) => ({ page: page.url, advice: pageGating(recording, result, page) }));
  return { todos: todoAdvice(result), gating, beforeConsent };
}

/** One progress line per page, for a terminal. */
export function formatScanProgress(index: number, page: ScannedPage, cookies: number): string {
  const how =
    page.accepted === 'button'
      ? ' (clicked "Accept all")'
      : page.accepted === 'api'
        ? ' (accepted through the API)'
        : '';
  return page.error
    ? `✗ ${index}. ${page.url}: ${page.error}`
    : `· ${index}. ${page.url}${how}: ${plural(cookies, 'cookie')} so far`;
}

function classifiedLine(report: ScanReport): string {
  const {
    catalogue: presets,
    'generic name': generic,
    'Open Cookie Database': database,
    cookiegate,
    TODO: todo,
  } = report.classified;
  return `classified: ${presets} from the vendor catalogue, ${database} from the Open Cookie Database, ${generic} generic (the site's own), ${cookiegate} consent cookie, ${todo} TODO`;
}

/** The short human summary: what was found, what needs a human, what each page must gate. */
export function formatScanSummary(report: ScanReport, outFile: string | undefined): string {
  const pages = report.pages.filter((page) => !page.error).length;
  const lines = [
    '',
    `Scanned ${plural(pages, 'page')} in ${report.seconds.toFixed(1)} s: ${plural(report.cookies.length, 'cookie')}, ${plural(report.storage.length, 'storage key')}, ${report.resources.length} third-party ${report.resources.length === 1 ? 'script or iframe' : 'scripts and iframes'}.`,
    classifiedLine(report),
    outFile
      ? `Starter config written to ${outFile} (check it with: cookiegate check ${outFile})`
      : 'No --out: the starter config was not written.',
  ];
  if (report.advice.todos.length)
    lines.push(
      '',
      `Needs a human (${report.advice.todos.length}):`,
      ...report.advice.todos.map((todo) => `  TODO ${todo}`),
    );
  if (report.advice.beforeConsent.length)
    lines.push('', 'Set without consent (a violation):', ...report.advice.beforeConsent.map((text) => `  ✗ ${text}`));
  for (const { page, advice } of report.advice.gating) {
    lines.push(
      '',
      `${page}: ${advice.length ? '' : 'nothing to gate'}`.trimEnd(),
      ...advice.map((text) => `  - ${text}`),
    );
  }
  if (report.classified['Open Cookie Database']) lines.push('', OPEN_COOKIE_DATABASE_NOTICE);
  return lines.join('\n');
}
