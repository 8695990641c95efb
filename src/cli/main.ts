// The `cookiegate` binary (dist/cli.js). Node only: nothing in the browser bundles imports src/cli.

import { writeFileSync } from 'node:fs';
import { parseCliArgs, USAGE, type AuditOptions, type CheckOptions, type ScanOptions } from './args';
import { runAudit } from './audit';
import { EnvironmentError } from './browser';
import { checkFile, formatCheck, UnreadableFileError } from './check';
import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';
import { runScan } from './scan';

const out = { line: (text: string) => void process.stdout.write(`${text}\n`) };

/** Writes a JSON file the user asked for; EnvironmentError (exit 2) when it cannot. */
function writeJson(flag: string, file: string, value: unknown): void {
  try {
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  } catch (error) {
    throw new EnvironmentError(`cannot write ${flag} ${file}: ${(error as Error).message}`);
  }
}

async function audit(options: AuditOptions): Promise<number> {
  const report = await runAudit(options, process.env, out);
  if (options.json) writeJson('--json', options.json, report);
  return report.exitCode;
}

async function scan(options: ScanOptions): Promise<number> {
  const result = await runScan(options, process.env, out);
  // A scan that could not load its start page has nothing to propose: no config is written.
  if (options.out && result.report.exitCode !== 2) writeJson('--out', options.out, result.config);
  if (options.json) writeJson('--json', options.json, result.report);
  return result.report.exitCode;
}

function check(options: CheckOptions): number {
  const report = checkFile(options.file);
  out.line(options.json ? JSON.stringify(report, null, 2) : formatCheck(report));
  return report.exitCode;
}

/** Runs the command line and resolves to the exit code: 0 clean, 1 violations, 2 usage or environment error. */
async function main(argv: string[]): Promise<number> {
  // Node leaves `isTTY` undefined, not false, when the output is a pipe or a file.
  const isTTY = process.stdout.isTTY as boolean | undefined;
  const parsed = parseCliArgs(argv, process.env, Boolean(isTTY));
  if (parsed.kind === 'help') {
    out.line(`${USAGE}\n\n${OPEN_COOKIE_DATABASE_NOTICE}`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`cookiegate: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    if (parsed.kind === 'check') return check(parsed.options);
    return parsed.kind === 'scan' ? await scan(parsed.options) : await audit(parsed.options);
  } catch (error) {
    const known = error instanceof EnvironmentError || error instanceof UnreadableFileError;
    process.stderr.write(
      `cookiegate: ${known ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`}\n`,
    );
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  // exitCode rather than exit(), so pending stdout writes reach a pipe before the process ends.
  process.exitCode = code;
});
