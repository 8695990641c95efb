// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPage, formatProgress, formatSummary } from '../../../src/cli/format-report';
import type { AuditReport, PageReport, Snapshot } from '../../../src/cli/report-types';

const page: PageReport = {
  url: 'http://www.example.org.uk/broken',
  configSource: 'page',
  configErrors: [],
  gatedHosts: ['analytics.example.com'],
  scenarios: [
    {
      scenario: 'reject',
      decidedBy: 'api',
      cookies: [],
      thirdPartyRequests: ['http://analytics.example.com/tag.js'],
      localStorage: ['ls_key'],
      warnings: ['no visible "Reject all" button: called window.cookiegate.rejectAll() instead'],
    },
  ],
  findings: {
    violations: [
      {
        kind: 'cookie-before-decision',
        scenario: 'none',
        message: 'cookie _ga (analytics) set before any decision, on .example.org.uk',
      },
    ],
    undeclared: [
      {
        name: '_fbp',
        domain: 'www.example.org.uk',
        scenarios: ['none'],
        suggestion: {
          category: 'marketing',
          provider: 'Facebook',
          description: 'Ads',
          expires: '4 months',
          source: 'Open Cookie Database',
        },
      },
    ],
    stale: [{ name: '_utmz', category: 'analytics' }],
    spelling: [{ declared: '_utma', seen: '__utma', category: 'analytics', coveredByPattern: true }],
    lifetimes: [
      { name: 'has_js', domain: 'www.example.org.uk', declared: 'session', realSeconds: 86400, real: '24 hours' },
    ],
    unreadableLifetimes: [],
    domains: [{ name: 'NID', domain: 'google.com', covered: ['example.org.uk'] }],
  },
};

const report: AuditReport = {
  tool: 'cookiegate audit',
  version: 1,
  startedAt: '2026-01-01T00:00:00.000Z',
  ok: false,
  exitCode: 1,
  summary: { pages: 1, violations: 1, undeclared: 1, stale: 1, spelling: 1, lifetimes: 1, domains: 1, errors: 0 },
  pages: [page],
  notice: 'n',
};

describe('the readable report', () => {
  it('writes every finding of a page in plain text when colour is off', () => {
    const text = formatPage(page, false);
    // eslint-disable-next-line no-control-regex -- the ANSI escape (ESC [) is what must be absent.
    expect(text).not.toMatch(/\u001b\[/);
    for (const expected of [
      '✗ 1 violation',
      'cookie _ga (analytics) set before any decision',
      '_fbp on www.example.org.uk',
      'suggestion: marketing · Facebook · "Ads" · 4 months (Open Cookie Database)',
      'declared _utma, the browser holds __utma',
      'has_js on www.example.org.uk lives 24 hours, declared "session"',
      '1 declared cookie never seen: _utmz (analytics)',
      'called window.cookiegate.rejectAll() instead',
      'http://analytics.example.com/tag.js',
      'localStorage keys: ls_key',
      'gated hosts: analytics.example.com',
      'off-domain: NID on google.com, the declaration covers example.org.uk',
    ])
      expect(text).toContain(expected);
  });

  it('colours on request', () => {
    // eslint-disable-next-line no-control-regex -- ANSI colour escapes are what this checks.
    expect(formatPage(page, true)).toMatch(/\u001b\[31m✗ 1 violation\u001b\[39m/);
  });

  it('writes one progress line per visit', () => {
    const snap = {
      scenario: 'accept',
      url: 'http://www.example.org.uk/',
      decidedBy: 'button',
      cookiesBefore: [],
      readAt: 0,
      cookies: [{ name: 'a', domain: 'x', path: '/', expires: -1 }],
      requests: [
        { url: 'http://www.example.org.uk/x.js', phase: 'before' },
        { url: 'https://cdn.example.com/a.js', phase: 'after' },
      ],
      localStorage: [],
      gatedSources: [],
      warnings: [],
    } satisfies Snapshot;
    expect(formatProgress(snap, false)).toBe(
      '· http://www.example.org.uk/ · Accept all: 1 cookie, 1 third-party request, 0 localStorage keys',
    );
    expect(
      formatProgress({ url: 'http://x.example/', scenario: 'none', error: 'net::ERR_NAME_NOT_RESOLVED' }, false),
    ).toBe('✗ http://x.example/ · no decision: net::ERR_NAME_NOT_RESOLVED');
  });

  it("sums up with the exit code and the database's attribution", () => {
    const text = formatSummary(report, false);
    expect(text).toContain(
      '✗ failed: 1 page audited, 1 violation, 1 undeclared, 1 spelling difference, 1 over-long lifetime, 1 never seen (exit code 1)',
    );
    expect(text).toMatch(/Open Cookie Database.*Apache License 2\.0/);
  });
});
