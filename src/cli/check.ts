// `cookiegate check <config.json|page.html>`: the browser's validator, offline. Exit 0 when the
// config is valid (warnings allowed), 1 on errors, 2 when the file cannot be read.

import { shippedPresets } from '../presets/shipped';
import { readFileSync } from 'node:fs';
import { validateConfig, type ConfigIssue } from '../core/validate-config';
import { isObj } from '../core/config-values';
import type { NormalizedConfig } from '../core/config-types';
import { suggestCookie } from './known-cookies';

/** What `check` found, also its `--json` output. */
export interface CheckReport {
  tool: 'cookiegate check';
  version: 1;
  file: string;
  /** Where the config came from: the file itself or a page's `#cookiegate-config`. */
  source: 'json' | 'page';
  ok: boolean;
  exitCode: 0 | 1;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

/** The file could not be read at all: exit code 2. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

/** The scanner's placeholder for what only a human can write (issue 18). */
export const TODO = 'TODO';
/** The category the scanner gives a cookie it cannot classify. */
export const UNCLASSIFIED = 'unclassified';

const CONFIG_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CONFIG_ID = /\bid\s*=\s*(["']?)cookiegate-config\1(?=[\s>/]|$)/i;

/** The text of a page's `<script type="application/json" id="cookiegate-config">`, if any. */
export function configInPage(html: string): string | undefined {
  for (const match of html.matchAll(CONFIG_SCRIPT)) {
    if (CONFIG_ID.test(match[1])) return match[2];
  }
  return undefined;
}

const looksLikeHtml = (file: string, text: string) => /\.html?$/i.test(file) || /^\s*</.test(text);

/** Parses the config out of a file's text, or returns the error that stops the check. */
function parseConfig(
  file: string,
  text: string,
): { source: CheckReport['source']; input?: unknown; error?: ConfigIssue } {
  const source = looksLikeHtml(file, text) ? 'page' : 'json';
  const json = source === 'page' ? configInPage(text) : text;
  if (json === undefined) {
    return {
      source,
      error: { path: '', message: 'no <script type="application/json" id="cookiegate-config"> in the page' },
    };
  }
  try {
    return { source, input: JSON.parse(json) as unknown };
  } catch (error) {
    const where = source === 'page' ? "the page's #cookiegate-config" : 'the file';
    return { source, error: { path: '', message: `${where} is not valid JSON: ${(error as Error).message}` } };
  }
}

/**
 * What a starter config from `cookiegate scan` still needs from a human: every `"purpose": "TODO"`
 * and every cookie in the `unclassified` category. Warnings, never errors: the config works.
 */
export function todoWarnings(input: unknown): ConfigIssue[] {
  if (!isObj(input) || !Array.isArray(input.cookies)) return [];
  const warnings: ConfigIssue[] = [];
  input.cookies.forEach((entry: unknown, index) => {
    if (!isObj(entry)) return;
    const name = typeof entry.name === 'string' ? entry.name : `#${index}`;
    if (entry.purpose === TODO)
      warnings.push({ path: `cookies[${index}].purpose`, message: `TODO: describe what ${name} is for` });
    if (entry.category === UNCLASSIFIED) {
      warnings.push({
        path: `cookies[${index}].category`,
        message: `${name} is unclassified: put it in a real category`,
      });
    }
  });
  return warnings;
}

/**
 * A declared cookie that the Open Cookie Database (or a preset) knows as analytics or marketing,
 * in a required category: strictly necessary is read narrowly (ICO; EDPB Taskforce paras 26–30).
 * Warnings: the site owner may know better, but must justify it.
 */
export function necessaryWarnings(config: NormalizedConfig): ConfigIssue[] {
  const required = new Set(config.categories.filter((category) => category.required).map((category) => category.id));
  const warnings: ConfigIssue[] = [];
  config.cookies.forEach((cookie, index) => {
    if (!required.has(cookie.category)) return;
    const known = suggestCookie(cookie.name.replace(/<[^>]*>/g, 'ABC123'));
    if (known && (known.category === 'analytics' || known.category === 'marketing')) {
      warnings.push({
        path: `cookies[${index}].category`,
        message: `${cookie.name} is known as ${known.category} (${known.provider}, ${known.source}), which is not strictly necessary`,
      });
    }
  });
  return warnings;
}

/**
 * Checks a config as the browser would (the same `validateConfig`), plus the scanner's TODOs.
 *
 * @example
 * const report = checkText('config.json', readFileSync('config.json', 'utf8'));
 * process.exitCode = report.exitCode;
 */
export function checkText(file: string, text: string): CheckReport {
  const { source, input, error } = parseConfig(file, text);
  const base = { tool: 'cookiegate check', version: 1, file, source } as const;
  if (error) return { ...base, ok: false, exitCode: 1, errors: [error], warnings: [] };
  const { config, errors, warnings } = validateConfig(input, { presets: shippedPresets });
  const exitCode = errors.length ? 1 : 0;
  // The validator already names the presets' cookies; the database adds the rest.
  const extra = necessaryWarnings(config).filter((issue) => !warnings.some((known) => known.path === issue.path));
  return { ...base, ok: exitCode === 0, exitCode, errors, warnings: [...warnings, ...extra, ...todoWarnings(input)] };
}

/** Reads and checks a file; throws UnreadableFileError when it cannot be read. */
export function checkFile(file: string): CheckReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UnreadableFileError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return checkText(file, text);
}

/** The readable result: one line per issue with its field path, then the verdict. */
export function formatCheck(report: CheckReport): string {
  const line = (kind: string) => (issue: ConfigIssue) => `${kind} ${issue.path || '(root)'}: ${issue.message}`;
  const what = report.source === 'page' ? `the config in ${report.file}` : report.file;
  const verdict = report.ok
    ? `✓ ${what} is valid${report.warnings.length ? ` (${report.warnings.length} warnings)` : ''}`
    : `✗ ${what} has ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}`;
  return [...report.errors.map(line('error')), ...report.warnings.map(line('warning')), verdict].join('\n');
}
