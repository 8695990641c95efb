// The `cookiegate` binary (dist/cli.js). Node only: nothing in the browser bundles imports src/cli.

import { writeFileSync } from 'node:fs';
import { parseCliArgs, USAGE } from './args';
import { runAudit } from './audit';
import { EnvironmentError } from './browser';
import { OPEN_COOKIE_DATABASE_NOTICE } from './open-cookie-database';

/** Runs the command line and resolves to the exit code: 0 clean, 1 violations, 2 usage or environment error. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv, process.env, Boolean(process.stdout.isTTY));
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n\n${OPEN_COOKIE_DATABASE_NOTICE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`cookiegate: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const report = await runAudit(parsed.options, process.env, { line: (text) => process.stdout.write(`${text}\n`) });
    if (parsed.options.json) {
      try {
        writeFileSync(parsed.options.json, `${JSON.stringify(report, null, 2)}\n`);
      } catch (e) {
        process.stderr.write(`cookiegate: cannot write --json ${parsed.options.json}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    return report.exitCode;
  } catch (e) {
    const message = e instanceof EnvironmentError ? e.message : `unexpected error: ${(e as Error).stack ?? e}`;
    process.stderr.write(`cookiegate: ${message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  // exitCode rather than exit(), so pending stdout writes reach a pipe before the process ends.
  process.exitCode = code;
});
