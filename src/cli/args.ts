// Command-line arguments of `cookiegate`: parsed into a plain object, never exiting, so the rules
// are unit-tested and main.ts alone decides exit codes.

import { parseArgs, type ParseArgsConfig } from 'node:util';
export { USAGE } from './usage';

/** A host name resolved to an address inside Chromium (`--host-resolver-rules`). */
export interface HostMapping {
  host: string;
  ip: string;
}

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
  hostMap: HostMapping[];
  /** Report undeclared, over-long and off-domain cookies after "Accept all" without failing. */
  allowUndeclared: boolean;
}

/** The options of `cookiegate scan`. */
export interface ScanOptions {
  url: string;
  /** At most this many pages, the start page included. */
  pages: number;
  /** Where to write the starter config. */
  out?: string;
  /** Where to write the machine-readable scan report. */
  json?: string;
  timeout: number;
  color: boolean;
  hostMap: HostMapping[];
  /** Print a line per page as it is scanned (on a terminal). */
  progress: boolean;
}

/** The options of `cookiegate check`. */
export interface CheckOptions {
  file: string;
  /** Print the result as JSON on stdout instead of text. */
  json: boolean;
}

/** The outcome of parsing: a command to run, help to print, or a usage error (exit code 2). */
export type ParsedArgs =
  | { kind: 'audit'; options: AuditOptions }
  | { kind: 'scan'; options: ScanOptions }
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

type Env = Record<string, string | undefined>;
type Values = Record<string, string | boolean | string[] | undefined>;

const COMMON: ParseArgsConfig['options'] = { 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const BROWSER: ParseArgsConfig['options'] = {
  ...COMMON,
  timeout: { type: 'string' },
  'host-map': { type: 'string', multiple: true },
};
const SPECS: Record<'audit' | 'scan' | 'check', ParseArgsConfig['options']> = {
  audit: { ...BROWSER, config: { type: 'string' }, json: { type: 'string' }, 'allow-undeclared': { type: 'boolean' } },
  scan: { ...BROWSER, pages: { type: 'string' }, out: { type: 'string' }, json: { type: 'string' } },
  check: { ...COMMON, json: { type: 'boolean' } },
};

const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\]|[0-9a-f:]+:[0-9a-f:]*)$/i;

/** A usage error, thrown inside this module only and returned as `{ kind: 'error' }`. */
class UsageError extends Error {}

function parseHostMap(values: string[]): HostMapping[] {
  const pairs: HostMapping[] = [];
  for (const item of values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)) {
    // Typed as possibly missing: `a=` or `a` have fewer parts than the pattern names.
    const [host, ip, extra] = item.split('=').map((part) => part.trim()) as (string | undefined)[];
    // Checked strictly because the pair becomes part of a Chromium switch.
    if (extra !== undefined || !host || !ip || !HOST.test(host) || !IP.test(ip)) {
      throw new UsageError(`--host-map expects host=ip (e.g. www.example.org.uk=127.0.0.1), got "${item}"`);
    }
    pairs.push({ host: host.toLowerCase(), ip });
  }
  return pairs;
}

function checkUrl(url: string): string {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (!/^https?:$/.test(protocol)) throw new UsageError(`not an http(s) URL: "${url}"`);
  return url;
}

function readNumber(flag: string, value: Values[string], fallback: number, max: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > max || (integer && !Number.isInteger(number))) {
    const what = integer ? 'a whole number' : 'a positive number of seconds';
    throw new UsageError(`${flag} expects ${what} (at most ${max}), got "${String(value)}"`);
  }
  return number;
}

function readFileName(flag: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`${flag} expects a file name`);
  return value;
}

/** The options every browser command shares: timeout, colour and host map. */
function browserOptions(values: Values, env: Env, isTTY: boolean) {
  const fromEnv = env.COOKIEGATE_HOST_MAP ? [env.COOKIEGATE_HOST_MAP] : [];
  return {
    timeout: readNumber('--timeout', values.timeout, 15, 600, false),
    // no-color.org: any non-empty NO_COLOR turns colour off.
    color: isTTY && !values['no-color'] && !env.NO_COLOR,
    hostMap: parseHostMap([...fromEnv, ...((values['host-map'] as string[] | undefined) ?? [])]),
  };
}

function auditArgs(values: Values, positionals: string[], env: Env, isTTY: boolean): ParsedArgs {
  if (!positionals.length) throw new UsageError('audit needs at least one URL');
  const options: AuditOptions = {
    urls: positionals.map(checkUrl),
    config: readFileName('--config', values.config),
    json: readFileName('--json', values.json),
    ...browserOptions(values, env, isTTY),
    allowUndeclared: values['allow-undeclared'] === true,
  };
  return { kind: 'audit', options };
}

function scanArgs(values: Values, positionals: string[], env: Env, isTTY: boolean): ParsedArgs {
  if (positionals.length !== 1) throw new UsageError('scan needs exactly one start URL');
  const options: ScanOptions = {
    url: checkUrl(positionals[0]),
    pages: readNumber('--pages', values.pages, 10, 500, true),
    out: readFileName('--out', values.out),
    json: readFileName('--json', values.json),
    ...browserOptions(values, env, isTTY),
    progress: isTTY,
  };
  return { kind: 'scan', options };
}

function checkArgs(values: Values, positionals: string[]): ParsedArgs {
  if (positionals.length !== 1)
    throw new UsageError('check needs exactly one file: a config (.json) or a page (.html)');
  return { kind: 'check', options: { file: positionals[0], json: values.json === true } };
}

const COMMANDS = { audit: auditArgs, scan: scanArgs, check: checkArgs };

/**
 * Parses `process.argv.slice(2)`. `env` supplies `NO_COLOR` and `COOKIEGATE_HOST_MAP`; `isTTY` says
 * whether the output goes to a terminal.
 *
 * @example
 * parseCliArgs(['audit', 'https://example.org/', '--json', 'out.json'], {}, false);
 */
export function parseCliArgs(argv: readonly string[], env: Env, isTTY: boolean): ParsedArgs {
  const command = argv[0] as string | undefined;
  const rest = argv.slice(1);
  if (command === '--help' || command === '-h') return { kind: 'help' };
  if (command === undefined) return { kind: 'error', message: 'missing command: cookiegate audit | scan | check' };
  if (!(command in COMMANDS))
    return { kind: 'error', message: `unknown command "${command}": the commands are audit, scan and check` };
  const name = command as keyof typeof COMMANDS;
  try {
    const { values, positionals }: { values: Values; positionals: string[] } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: SPECS[name],
    });
    if (values.help === true) return { kind: 'help' };
    return COMMANDS[name](values, positionals, env, isTTY);
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

/** The `--host-resolver-rules` value for a host map, or undefined when there is nothing to map. */
export function hostResolverRules(hostMap: readonly HostMapping[]): string | undefined {
  return hostMap.length ? hostMap.map(({ host, ip }) => `MAP ${host} ${ip}`).join(', ') : undefined;
}
