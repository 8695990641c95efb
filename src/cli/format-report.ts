// The readable report: one progress line per visit, a block per page, a summary. Colour only on a
// terminal (no-color.org), so piped output and CI logs stay plain.

import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';
import type { AuditReport, PageReport, Scenario, Snapshot } from './report-types';

type Tone = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan';
const CODES: Record<Tone, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  cyan: [36, 39],
};

const painter = (color: boolean) => (tone: Tone, text: string) =>
  color ? `\u001b[${CODES[tone][0]}m${text}\u001b[${CODES[tone][1]}m` : text;

const SCENARIO_LABEL: Record<Scenario, string> = { none: 'no decision', accept: 'Accept all', reject: 'Reject all' };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Lists at most `max` items and says how many were left out. */
function capped(items: string[], max: number, indent: string): string[] {
  const shown = items.slice(0, max).map((i) => `${indent}${i}`);
  if (items.length > max) shown.push(`${indent}… and ${items.length - max} more (see --json)`);
  return shown;
}

/** One line as a visit finishes: what the page held and asked for, or why it failed. */
export function formatProgress(
  visit: Snapshot | { url: string; scenario: Scenario; error: string },
  color: boolean,
): string {
  const paint = painter(color);
  const label = SCENARIO_LABEL[visit.scenario];
  if ('error' in visit)
    return `${paint('red', '✗')} ${visit.url} ${paint('dim', '·')} ${label}: ${paint('red', visit.error)}`;
  const host = new URL(visit.url).hostname;
  const thirdParty = new Set(visit.requests.filter((r) => new URL(r.url).hostname !== host).map((r) => r.url)).size;
  const how =
    visit.decidedBy === 'api'
      ? ' (via the API)'
      : visit.decidedBy === 'none' && visit.scenario !== 'none'
        ? ' (not made)'
        : '';
  return `${paint('dim', '·')} ${visit.url} ${paint('dim', '·')} ${label}${how}: ${plural(visit.cookies.length, 'cookie')}, ${plural(thirdParty, 'third-party request')}, ${plural(visit.localStorage.length, 'localStorage key')}`;
}

/** The findings of one page. */
export function formatPage(page: PageReport, color: boolean): string {
  const paint = painter(color);
  const f = page.findings;
  const lines: string[] = ['', paint('bold', page.url)];
  if (page.error) lines.push(`  ${paint('red', '✗ not audited:')} ${page.error}`);
  const source = { file: 'from --config', page: 'from the page', none: 'none' }[page.configSource];
  lines.push(
    `  ${paint('dim', `config: ${source}${page.gatedHosts.length ? `; gated hosts: ${page.gatedHosts.join(', ')}` : ''}`)}`,
  );
  for (const e of page.configErrors)
    lines.push(`  ${paint('yellow', '! config error')} ${e.path || '(root)'}: ${e.message}`);
  for (const s of page.scenarios)
    for (const w of s.warnings) lines.push(`  ${paint('yellow', '! warning')} (${SCENARIO_LABEL[s.scenario]}): ${w}`);
  if (page.error) return lines.join('\n');

  if (f.violations.length) {
    lines.push(`  ${paint('red', `✗ ${plural(f.violations.length, 'violation')}`)}`);
    lines.push(
      ...capped(
        f.violations.map((v) => `${paint('red', '✗')} ${v.message}`),
        20,
        '    ',
      ),
    );
  } else {
    lines.push(
      `  ${paint('green', '✓ no violations')}: nothing non-essential before a decision or after "Reject all", and the declaration matches what "Accept all" sets`,
    );
  }
  if (f.undeclared.length) {
    lines.push(`  ${paint('yellow', `! ${plural(f.undeclared.length, 'undeclared cookie')}`)}`);
    for (const u of f.undeclared) {
      const seen = u.scenarios.map((s) => SCENARIO_LABEL[s]).join(', ');
      lines.push(`    ${paint('yellow', u.name)} on ${u.domain} ${paint('dim', `(seen: ${seen})`)}`);
      if (u.similarTo) lines.push(`      the declaration spells it ${u.similarTo}`);
      const s = u.suggestion;
      lines.push(
        s
          ? `      suggestion: ${paint('cyan', s.category)} · ${s.provider} · "${s.description}" · ${s.expires} ${paint('dim', `(${s.source})`)}`
          : `      ${paint('dim', 'no suggestion: not a well-known cookie')}`,
      );
    }
  }
  if (f.spelling.length) {
    lines.push(`  ${paint('yellow', `~ ${plural(f.spelling.length, 'spelling difference')}`)}`);
    for (const s of f.spelling) {
      const effect = s.coveredByPattern
        ? 'the pattern matches it, but the policy names another cookie'
        : 'no declaration matches it';
      lines.push(`    declared ${s.declared}, the browser holds ${s.seen} ${paint('dim', `(${effect})`)}`);
    }
  }
  if (f.lifetimes.length) {
    lines.push(`  ${paint('yellow', `! ${plural(f.lifetimes.length, 'cookie')} outliving the declaration`)}`);
    for (const l of f.lifetimes) lines.push(`    ${l.name} on ${l.domain} lives ${l.real}, declared "${l.declared}"`);
  }
  for (const finding of f.domains) {
    lines.push(
      `  ${paint('yellow', '! off-domain:')} ${finding.name} on ${finding.domain}, the declaration covers ${finding.covered.join(', ')}`,
    );
  }
  for (const u of f.unreadableLifetimes)
    lines.push(`  ${paint('dim', `? lifetime not understood, not checked: ${u}`)}`);
  if (f.stale.length) {
    lines.push(
      `  ${paint('dim', `- ${plural(f.stale.length, 'declared cookie')} never seen:`)} ${f.stale.map((s) => `${s.name} (${s.category})`).join(', ')}`,
    );
  }
  for (const s of page.scenarios) {
    if (!s.thirdPartyRequests.length) continue;
    lines.push(`  ${paint('dim', `third-party requests (${SCENARIO_LABEL[s.scenario]}):`)}`);
    lines.push(
      ...capped(
        s.thirdPartyRequests.map((r) => paint('dim', r)),
        8,
        '    ',
      ),
    );
  }
  const storage = [...new Set(page.scenarios.flatMap((s) => s.localStorage))];
  if (storage.length) lines.push(`  ${paint('dim', `localStorage keys: ${storage.join(', ')}`)}`);
  return lines.join('\n');
}

/** The closing lines: totals, the exit code, and the database's attribution when it was quoted. */
export function formatSummary(report: AuditReport, color: boolean): string {
  const paint = painter(color);
  const s = report.summary;
  const parts = [
    plural(s.violations, 'violation'),
    `${s.undeclared} undeclared`,
    plural(s.spelling, 'spelling difference'),
    `${s.lifetimes} over-long ${s.lifetimes === 1 ? 'lifetime' : 'lifetimes'}`,
    `${s.stale} never seen`,
    ...(s.errors ? [plural(s.errors, 'page') + ' not audited'] : []),
  ];
  const verdict =
    report.exitCode === 0
      ? paint('green', '✓ passed')
      : report.exitCode === 1
        ? paint('red', '✗ failed')
        : paint('red', '✗ incomplete');
  const quoted = report.pages.some((p) =>
    p.findings.undeclared.some((u) => u.suggestion?.source === 'Open Cookie Database'),
  );
  return [
    '',
    `${verdict}: ${plural(s.pages, 'page')} audited, ${parts.join(', ')} (exit code ${report.exitCode})`,
    ...(quoted ? [paint('dim', OPEN_COOKIE_DATABASE_NOTICE)] : []),
  ].join('\n');
}
