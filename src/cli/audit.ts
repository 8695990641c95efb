// `cookiegate audit`: three visits per URL, then the findings, the report and the exit code.

import { shippedPresets } from '../presets/shipped';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { validateConfig, type ConfigIssue } from '../core/validate-config';
import { hostResolverRules, type AuditOptions } from './args';
import { EnvironmentError, launchBrowser } from './browser';
import { visit } from './crawl';
import { computeFindings, gatedHosts } from './findings';
import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';
import { formatPage, formatProgress, formatSummary } from './format-report';
import type { AuditReport, Findings, PageReport, Scenario, ScenarioReport, Snapshot } from './report-types';

/** Where the command writes: injected so the report can be captured. */
export interface AuditOutput {
  line(text: string): void;
}

const SCENARIOS: Scenario[] = ['none', 'accept', 'reject'];

const emptyFindings = (): Findings => ({
  violations: [],
  undeclared: [],
  stale: [],
  spelling: [],
  lifetimes: [],
  unreadableLifetimes: [],
  domains: [],
});

/** Reads and validates `--config <file>`; a missing or malformed file is an environment error. */
function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EnvironmentError(`cannot read --config ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new EnvironmentError(`--config ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function scenarioReport(snap: Snapshot, pageHost: string): ScenarioReport {
  const thirdParty = new Set<string>();
  for (const r of snap.requests) {
    try {
      if (new URL(r.url).hostname !== pageHost) thirdParty.add(r.url);
    } catch {
      /* not a URL: nothing to report */
    }
  }
  return {
    scenario: snap.scenario,
    decidedBy: snap.decidedBy,
    cookies: snap.cookies,
    thirdPartyRequests: [...thirdParty],
    localStorage: snap.localStorage,
    warnings: snap.warnings,
  };
}

async function auditPage(
  browser: Browser,
  url: string,
  fileConfig: unknown,
  options: AuditOptions,
  out: AuditOutput,
): Promise<PageReport> {
  const snapshots: Snapshot[] = [];
  for (const scenario of SCENARIOS) {
    try {
      const snap = await visit(browser, url, scenario, options.timeout * 1000);
      snapshots.push(snap);
      out.line(formatProgress(snap, options.color));
    } catch (e) {
      const error = `could not load ${url}: ${(e as Error).message.split('\n')[0]}`;
      out.line(formatProgress({ url, scenario, error }, options.color));
      return {
        url,
        configSource: 'none',
        configErrors: [],
        gatedHosts: [],
        error,
        scenarios: [],
        findings: emptyFindings(),
      };
    }
  }
  const pageHost = new URL(snapshots[0].url).hostname;
  const scenarios = snapshots.map((s) => scenarioReport(s, pageHost));

  let raw: unknown = fileConfig;
  let configSource: PageReport['configSource'] = fileConfig === undefined ? 'none' : 'file';
  const configErrors: ConfigIssue[] = [];
  if (raw === undefined) {
    const text = snapshots.find((s) => s.pageConfig !== undefined)?.pageConfig;
    if (text !== undefined) {
      configSource = 'page';
      try {
        raw = JSON.parse(text);
      } catch (e) {
        configErrors.push({
          path: '',
          message: `the page's #cookiegate-config is not valid JSON: ${(e as Error).message}`,
        });
      }
    }
  }
  if (raw === undefined) {
    const error = configErrors.length
      ? configErrors[0].message
      : 'no cookiegate config in the page (#cookiegate-config or window.cookiegateConfig): pass --config <file>';
    return { url, configSource, configErrors, gatedHosts: [], error, scenarios, findings: emptyFindings() };
  }
  const { config, errors } = validateConfig(raw, { presets: shippedPresets });
  configErrors.push(...errors);
  return {
    url,
    configSource,
    configErrors,
    gatedHosts: gatedHosts(
      config,
      snapshots.flatMap((s) => s.gatedSources),
      pageHost,
    ),
    scenarios,
    findings: computeFindings(config, snapshots, pageHost, { allowUndeclared: options.allowUndeclared }),
  };
}

/**
 * Audits every URL of `options` and returns the report; progress and the readable report go to
 * `out` as they are ready. Throws EnvironmentError when the browser or the config file is missing.
 */
export async function runAudit(
  options: AuditOptions,
  env: Record<string, string | undefined>,
  out: AuditOutput,
): Promise<AuditReport> {
  const fileConfig = options.config === undefined ? undefined : readConfigFile(options.config);
  const startedAt = new Date().toISOString();
  const browser = await launchBrowser(env, hostResolverRules(options.hostMap));
  const pages: PageReport[] = [];
  try {
    for (const url of options.urls) {
      const page = await auditPage(browser, url, fileConfig, options, out);
      pages.push(page);
      out.line(formatPage(page, options.color));
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const count = (f: (p: PageReport) => number) => pages.reduce((n, p) => n + f(p), 0);
  const summary: AuditReport['summary'] = {
    pages: pages.length,
    violations: count((p) => p.findings.violations.length),
    undeclared: count((p) => p.findings.undeclared.length),
    stale: count((p) => p.findings.stale.length),
    spelling: count((p) => p.findings.spelling.length),
    lifetimes: count((p) => p.findings.lifetimes.length),
    domains: count((p) => p.findings.domains.length),
    errors: count((p) => (p.error ? 1 : 0)),
  };
  // A violation is the answer a site's CI waits for, so it wins over a page that failed to load.
  const exitCode = summary.violations ? 1 : summary.errors ? 2 : 0;
  const report: AuditReport = {
    tool: 'cookiegate audit',
    version: 1,
    startedAt,
    ok: exitCode === 0,
    exitCode,
    summary,
    pages,
    notice: OPEN_COOKIE_DATABASE_NOTICE,
  };
  out.line(formatSummary(report, options.color));
  return report;
}
