// `npm run stress`: 50 throttled loads of the demo page per position of the library tag (issue 17,
// point 5). Needs `npm run build` first. Exits non-zero when any load failed.
import { runStartup } from './startup-run.mjs';

const loads = Number(process.env.STRESS_LOADS) || 50;
const verbose = process.argv.includes('--verbose');
const results = await runStartup({ loads, log: verbose ? console.log : () => {} });
let failed = 0;
for (const [position, { failures }] of Object.entries(results)) {
  failed += failures.length;
  console.log(`${position}: ${loads} loads, ${failures.length} failed`);
  for (const f of failures) console.log(`  #${f.load + 1} at ${f.rate}x: ${f.failure}`);
}
console.log(`stress: ${loads * Object.keys(results).length} loads, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
