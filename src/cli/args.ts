// Command-line arguments of `cookiegate`: parsed into a plain object, never exiting, so the rules
// are unit-tested and main.ts alone decides exit codes.

import { parseArgs } from 'node:util';

/** The options of `cookiegate audit`. */
export interface AuditOptions {
  urls: string[];
  /** A JSON config file; otherwise each page's `#cookiegate-config` is read. */
  config?: string;
  /** Where to write the machine-readable report. */
  json?: string;
  /** Seconds to wait for each page to load and settle. */
  timeout: number;
  /** Colour the report: on a terminal unless `--no-color` or `NO_COLOR` says otherwise. */
  color: boolean;
  /** `host=ip` pairs resolved inside Chromium (`--host-resolver-rules`), e.g. for a staging site. */
  hostMap: { host: string; ip: string }[];
}

/** The outcome of parsing: an audit to run, help to print, or a usage error (exit code 2). */
export type ParsedArgs =
  | { kind: 'audit'; options: AuditOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** Printed by `--help` and after a usage error. */
export const USAGE = `Usage: cookiegate audit <url…> [options]

Visits each URL in Chromium three times (no decision, "Accept all", "Reject all") and checks what
the site really stores and requests against its cookie declaration.

Options:
  --config <file>        the cookiegate config (JSON); default: the page's #cookiegate-config
  --json <file>          also write a machine-readable report
  --timeout <seconds>    per page load and settle (default 15)
  --host-map <host=ip>   resolve a host name to an address inside Chromium, e.g. for a staging
                         server: --host-map "www.example.org.uk=127.0.0.1"; "*.example.com=…"
                         maps subdomains; repeat or separate with commas
  --no-color             plain output (also when NO_COLOR is set or the output is not a terminal)
  -h, --help             this text

Environment:
  CHROMIUM_PATH          the Chromium or Chrome binary (default /usr/bin/chromium)
  COOKIEGATE_HOST_MAP    host=ip pairs, as --host-map

Exit codes: 0 no violation, 1 violations found, 2 usage or environment error.
Needs playwright-core (npm install --save-dev playwright-core); it never downloads a browser.`;

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\]|[0-9a-f:]+:[0-9a-f:]*)$/i;

function parseHostMap(values: string[]): { host: string; ip: string }[] | string {
  const pairs: { host: string; ip: string }[] = [];
  for (const item of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const [host, ip, extra] = item.split('=').map((s) => s.trim());
    // Checked strictly because the pair becomes part of a Chromium switch.
    if (extra !== undefined || !host || !ip || !HOST.test(host) || !IP.test(ip)) {
      return `--host-map expects host=ip (e.g. www.example.org.uk=127.0.0.1), got "${item}"`;
    }
    pairs.push({ host: host.toLowerCase(), ip });
  }
  return pairs;
}

/**
 * Parses `process.argv.slice(2)`. `env` supplies `NO_COLOR` and `COOKIEGATE_HOST_MAP`; `isTTY` says
 * whether the report goes to a terminal.
 *
 * @example
 * parseCliArgs(['audit', 'https://example.org/', '--json', 'out.json'], {}, false);
 */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>, isTTY: boolean): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        json: { type: 'string' },
        timeout: { type: 'string' },
        'host-map': { type: 'string', multiple: true },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...urls] = positionals;
  if (command === undefined) return { kind: 'error', message: 'missing command: cookiegate audit <url…>' };
  if (command !== 'audit') return { kind: 'error', message: `unknown command "${command}": the only command is audit` };
  if (!urls.length) return { kind: 'error', message: 'audit needs at least one URL' };
  for (const url of urls) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) return { kind: 'error', message: `not an http(s) URL: "${url}"` };
  }
  let timeout = 15;
  if (values.timeout !== undefined) {
    timeout = Number(values.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
      return { kind: 'error', message: `--timeout expects a positive number of seconds (at most 600), got "${values.timeout}"` };
    }
  }
  for (const [flag, value] of [['--config', values.config], ['--json', values.json]] as const) {
    if (value !== undefined && !value.trim()) return { kind: 'error', message: `${flag} expects a file name` };
  }
  const hostMap = parseHostMap([...(env.COOKIEGATE_HOST_MAP ? [env.COOKIEGATE_HOST_MAP] : []), ...(values['host-map'] ?? [])]);
  if (typeof hostMap === 'string') return { kind: 'error', message: hostMap };
  // no-color.org: any non-empty NO_COLOR turns colour off.
  const color = isTTY && !values['no-color'] && !env.NO_COLOR;
  return { kind: 'audit', options: { urls, config: values.config, json: values.json, timeout, color, hostMap } };
}

/** The `--host-resolver-rules` value for a host map, or undefined when there is nothing to map. */
export function hostResolverRules(hostMap: readonly { host: string; ip: string }[]): string | undefined {
  return hostMap.length ? hostMap.map(({ host, ip }) => `MAP ${host} ${ip}`).join(', ') : undefined;
}
