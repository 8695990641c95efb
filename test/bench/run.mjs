// `npm run bench`: cookiegate against vanilla-cookieconsent, klaro, cookieconsent (Osano) and
// tarteaucitron, in Debian's Chromium, on equivalent pages served locally (see libraries.mjs).
//
// Two profiles: desktop (below) and phone (phone.mjs: 412 × 915, CPU 4×, slow 4G, Core Web Vitals).
// Each run visits every library once, in the same order (A B C D E, A B C D E, …), each visit in a
// fresh browser context. Figures are medians with min and max over the runs. The tables go to
// stdout and, for a full run (BENCH_RUNS ≥ 7, the default), to test/bench/results.md, each profile in
// its own section (a profile not run keeps its last section).
//
// Environment: BENCH_PROFILE (desktop,phone by default; or one of them), BENCH_RUNS (default 7 on
// the desktop, 11 on the phone), BENCH_ONLY=cookiegate,klaro (a subset; the baseline always
// runs), CHROMIUM_PATH (default /usr/bin/chromium), BENCH_OUT (where to write the table),
// BENCH_DIST (a dist/ directory to measure instead of this checkout's) and BENCH_LABEL (what it
// was built from, for the table's heading).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { instrument } from './instrument.mjs';
import { phoneReport, profileVisits, runPhone } from './phone.mjs';
import { GLUE as GLUE_SOURCE, LIBRARIES, MANY } from './libraries.mjs';
import { ANALYTICS_HOST, SITE_HOST, startServerThread } from './server.mjs';
import { sizes } from '../size/check-size.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = process.env.BENCH_DIST ? `${process.env.BENCH_DIST.replace(/\/$/, '')}/` : `${ROOT}dist/`;
const OUT = process.env.BENCH_OUT ?? (RUNS >= 7 ? `${ROOT}test/bench/results.md` : `${ROOT}test/.results/bench.md`);
/** After Accept is handled, how long the first visit goes on before CPU and CLS are read. */
const SETTLE_MS = 300;
const TIMEOUT_MS = 10_000;

const PROFILES = (process.env.BENCH_PROFILE ?? 'desktop,phone').split(',').map((s) => s.trim());
const PHONE_RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 11));

const chosen = LIBRARIES.filter((l) => l.name === 'baseline' || !ONLY || ONLY.includes(l.name));
/** A library runs in the profiles it names, or in all. */
const inProfile = (profile) => chosen.filter((l) => !l.profiles || l.profiles.includes(profile));
const libs = inProfile('desktop');
const peers = libs.filter((l) => l.name !== 'baseline');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error(...a);

// ---------------------------------------------------------------------------------------------
// One visit

/** A fresh context whose pages run the instrument and report through the `__benchReport` binding. */
async function newContext(browser, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const handlers = new Map();
  await context.exposeBinding('__benchReport', ({ page }, what, data) => handlers.get(page)?.(what, data));
  await context.addInitScript(instrument, { accept: lib.accept, many: MANY });
  return { context, handlers };
}

/** A new page in `ctx` with CPU metrics on, its requests and errors logged and its reports awaitable. */
async function openPage({ context, handlers }) {
  const page = await context.newPage();
  const reports = new Map();
  const waiters = new Map();
  let clicks = 0;
  handlers.set(page, (what, data) => {
    if (what === 'click') clicks = data;
    reports.set(what, data);
    waiters.get(what)?.(data);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const wait = (what, ms = TIMEOUT_MS) => {
    if (reports.has(what)) return Promise.resolve(reports.get(what));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${what}" within ${ms} ms`)), ms);
      waiters.set(what, (data) => {
        clearTimeout(timer);
        resolve(data);
      });
    });
  };
  return { page, cdp, requests, errors, wait, reports, clicks: () => clicks };
}

async function cpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000 };
}

const readBench = (page) =>
  page.evaluate(() => {
    const b = window.__bench;
    const gatedClick = b.gatedAt === null ? null : b.effective(b.gatedAt);
    const manyClick = b.firstTickAt === null ? null : b.effective(b.firstTickAt);
    // The page's own first paint with content: no banner can be seen before it.
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    return {
      cls: b.cls,
      n: b.n,
      visibleAt: b.visibleAt,
      fcp,
      clicks: b.clicks.length,
      gatedAt: b.gatedAt,
      gatedClick,
      manyAt: b.manyAt,
      manyClick,
      early: b.early,
    };
  });

/** Library files the page requested, with their served sizes. */
function shipped(requests) {
  const files = new Map();
  for (const url of requests) {
    const f = serverRef.libraryFile(url);
    if (f) files.set(new URL(url).pathname, f);
  }
  const total = { raw: 0, gzip: 0, brotli: 0, files: [...files.keys()] };
  for (const f of files.values()) {
    total.raw += f.raw;
    total.gzip += f.gzip;
    total.brotli += f.brotli;
  }
  return total;
}

/**
 * Clicks Accept as soon as it is visible and stable (mouse events through CDP, no injected
 * script). A banner can show before it works: when the page sees no reaction to a click (the
 * button neither moves, fades nor goes, and nothing gated runs, for 150 ms) it is clicked again.
 * Returns once `signal` says the gated tags started. When cookiegate has no banner yet (`api`
 * mode), calls `cookiegate.acceptAll()` instead.
 */
async function accept(v, mode, signal) {
  if (mode === 'api') {
    await v.page.evaluate(() => {
      window.__bench.clicks.push(performance.now());
      window.cookiegate.acceptAll();
    });
    return;
  }
  let { x, y } = await v.wait('ready');
  for (let attempt = 0; attempt < 50; attempt++) {
    const clicks = v.clicks();
    v.reports.delete('verdict');
    await v.page.mouse.click(x, y);
    const verdict = await v.wait('verdict', 1000).catch(() => null);
    if (verdict === 'taken') {
      const done = await v.wait(signal, 3000).then(
        () => true,
        () => false,
      );
      if (done) return;
      // Taken in hand and gone, and only slow to run the tags; or taken for a hover effect.
      if (!(await v.page.evaluate(() => window.__bench.present()))) return void (await v.wait(signal));
    } else if (verdict === null && v.clicks() === clicks) {
      // The click missed: the banner moved or something covered it. Look for it again.
      v.reports.delete('ready');
      await v.page.evaluate(() => window.__bench.rearm());
      ({ x, y } = await v.wait('ready'));
    }
  }
  throw new Error('no click on Accept was handled');
}

const pageUrl = (lib, variant) => serverRef.url(`/page/${lib.name}/${variant}`);

/** First visit (banner, Accept, gated script), then the same visitor again (decision stored). */
async function visitFirstAndReturning(browser, lib, mode) {
  const ctx = await newContext(browser, lib);
  try {
    const first = await openPage(ctx);
    await first.page.goto(pageUrl(lib, 'first'), { waitUntil: 'commit' });
    if (lib.accept) await accept(first, mode, 'gated');
    await first.wait('gated');
    await sleep(SETTLE_MS);
    const firstCpu = await cpu(first.cdp);
    const fb = await readBench(first.page);
    const firstBytes = shipped(first.requests);
    await first.page.close();

    const again = await openPage(ctx);
    await again.page.goto(pageUrl(lib, 'first'), { waitUntil: 'commit' });
    const gatedAt = await again.wait('gated');
    const againCpu = await cpu(again.cdp);
    const againBytes = shipped(again.requests);
    await again.page.close();

    const banner = mode === 'api' || !lib.accept ? null : fb.visibleAt;
    // No click before the gated tag ran: the library did not gate it (the table says so).
    const handled = lib.accept && fb.gatedClick ? fb.gatedAt - fb.gatedClick.at : null;
    const lost = lib.accept && fb.gatedClick ? fb.gatedClick.lost : null;
    return {
      bytes: firstBytes,
      visible: banner,
      fcp: fb.fcp,
      // How long after the page's first contentful paint the banner could be seen.
      afterPaint: banner === null || fb.fcp === null ? null : banner - fb.fcp,
      handled,
      lost,
      // Visible, then working: when the first click was lost, the time the gated tag ran (the
      // harness's clicks every 100 ms included); otherwise visible + the handling of that click.
      ready: banner === null || handled === null ? null : lost ? fb.gatedAt : banner + handled,
      script: firstCpu.script,
      task: firstCpu.task,
      cls: fb.cls,
      early: fb.early,
      errors: [...first.errors, ...again.errors],
      returning: { bytes: againBytes, script: againCpu.script, task: againCpu.task, gatedAt },
    };
  } finally {
    await ctx.context.close();
  }
}

/** The page with MANY gated inline scripts: ms from the click on Accept until the last one ran. */
async function visitMany(browser, lib, mode) {
  const ctx = await newContext(browser, lib);
  try {
    const v = await openPage(ctx);
    await v.page.goto(pageUrl(lib, 'many'), { waitUntil: 'commit' });
    if (mode === 'banner') await v.wait('ready');
    // CPU as well as wall time: thread ticks barely move when other work shares the machine.
    const before = await cpu(v.cdp);
    await accept(v, mode, 'start');
    await v.wait('many', 30_000);
    const after = await cpu(v.cdp);
    const b = await readBench(v.page);
    return { ms: b.manyClick ? b.manyAt - b.manyClick.at : null, script: after.script - before.script, early: b.early };
  } finally {
    await ctx.context.close();
  }
}

/**
 * Before the timed runs: does the library really gate? Waits on the banner without clicking and
 * checks that the analytics host saw no request and nothing gated ran; then accepts and checks
 * that it does run. Also finds out whether cookiegate has a banner yet.
 */
async function checkGating(browser, lib) {
  const result = { mode: 'banner', external: null, inline: null, notes: [] };
  const ctx = await newContext(browser, lib);
  try {
    const v = await openPage(ctx);
    await v.page.goto(pageUrl(lib, 'first'), { waitUntil: 'load' });
    try {
      await v.wait('ready', 5000);
    } catch {
      if (lib.name !== 'cookiegate') throw new Error(`${lib.name}: no visible Accept button (${lib.accept.css})`);
      result.mode = 'api';
      result.notes.push('no visible "Accept all" button: accepted through `window.cookiegate.acceptAll()`');
    }
    await sleep(500);
    const before = v.requests.filter((u) => new URL(u).hostname === ANALYTICS_HOST).length;
    const early = (await readBench(v.page)).early;
    await accept(v, result.mode, 'gated');
    await v.wait('gated');
    const after = v.requests.filter((u) => new URL(u).hostname === ANALYTICS_HOST).length;
    result.external = before === 0 && early.length === 0 && after === 1;
    if (!result.external)
      result.notes.push(`external script: ${before} request(s) before consent, ${after} after; ${early.join('; ')}`);
    if (v.errors.length) result.notes.push(`page errors: ${[...new Set(v.errors)].join(' | ')}`);
    await v.page.close();
  } finally {
    await ctx.context.close();
  }
  // The many-scripts page, in a context of its own: no decision stored.
  const ctx2 = await newContext(browser, lib);
  try {
    const m = await openPage(ctx2);
    await m.page.goto(pageUrl(lib, 'many'), { waitUntil: 'load' });
    if (result.mode === 'banner') await m.wait('ready');
    await sleep(300);
    const ran = (await readBench(m.page)).n;
    await accept(m, result.mode, 'start');
    await m.wait('many', 30_000);
    result.inline = ran === 0;
    if (!result.inline) result.notes.push(`${ran} inline script(s) ran before consent`);
  } finally {
    await ctx2.context.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const int = (n) => Math.round(n).toLocaleString('en-GB');
const ms = (n) => (Math.abs(n) >= 100 ? String(Math.round(n)) : n.toFixed(1));
const fmtStat = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');

function machine(browserVersion) {
  const c = cpus();
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  const dist = readFileSync(`${distCopy}cookiegate.js`);
  const from = process.env.BENCH_DIST
    ? (process.env.BENCH_LABEL ?? `BENCH_DIST=${process.env.BENCH_DIST}`)
    : `${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src']) ? ', with uncommitted changes in src/' : ''}`;
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: `${c[0]?.model?.trim() ?? 'unknown CPU'}, ${c.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB (load average ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')} at the start)`,
    os: `${type()} ${release()}`,
    browser: `Chromium ${browserVersion}`,
    node: process.version,
    dist: `${int(dist.length)} bytes raw, ${int(sizes(dist).brotli)} brotli, sha256 ${createHash('sha256').update(dist).digest('hex').slice(0, 12)}, built from ${from}`,
  };
}

function report({ results, checks, baseline, env }) {
  const cols = peers;
  const head = (first) =>
    `| ${first} | ${cols.map((l) => `${l.label}${l.version && l.version !== 'dist/' ? ` ${l.version}` : ''}`).join(' | ')} |\n|---|${cols.map(() => '---:').join('|')}|`;
  const series = (lib, pick) => results[lib.name].map(pick);
  const minusBase = (lib, key, sub) =>
    series(lib, (r) => sub(r)?.[key] - baseline[`${sub === first ? '' : 'r'}${key}`]);
  const first = (r) => r;
  const ret = (r) => r.returning;
  const rows = [];
  const row = (label, cell) => rows.push(`| ${label} | ${cols.map(cell).join(' | ')} |`);

  const figures = {}; // lib → metric → median, for the ratio table
  const keep = (lib, key, s) => ((figures[lib.name] ??= {})[key] = s?.median ?? null);

  row('Gates the analytics tag (no request, no run before consent)', (l) => {
    const c = checks[l.name];
    return c.external && c.inline
      ? `yes: ${l.gating}`
      : `**NO**: ${c.external ? '' : 'external tag'}${c.external || c.inline ? '' : ' and '}${c.inline ? '' : 'inline tags'} ran before consent`;
  });
  for (const [key, label] of [
    ['brotli', 'brotli 11'],
    ['gzip', 'gzip -9'],
    ['raw', 'raw'],
  ]) {
    row(`JS + CSS shipped for banner and gating, ${label} (bytes)`, (l) => {
      const s = stat(series(l, (r) => r.bytes[key]));
      keep(l, `bytes.${key}`, s);
      return s ? int(s.median) : '–';
    });
  }
  row('↳ files', (l) => results[l.name][0]?.bytes.files.map((f) => `\`${f.split('/').pop()}\``).join(', ') ?? '–');
  row('Inline config and glue, brotli 11 (bytes, not counted above)', (l) => int(sizes(l.install(0).inline).brotli));
  const timed = [
    ['ready', 'Banner visible + Accept handled (ms)'],
    ['visible', '↳ Accept visible (ms after navigation start)'],
    ['fcp', "↳ the page's first contentful paint (ms after navigation start)"],
    ['afterPaint', "↳ Accept visible after the page's first contentful paint (ms)"],
    ['handled', '↳ Accept handled: gated tag ran (ms after the click)'],
  ];
  for (const [key, label] of timed) {
    row(label, (l) => {
      const s = stat(series(l, (r) => r[key]));
      keep(l, key, s);
      return fmtStat(s);
    });
  }
  row('↳ clicks on a visible Accept that did nothing (median)', (l) => {
    const s = stat(series(l, (r) => r.lost));
    return s ? `${s.median} (${s.min}–${s.max})` : '–';
  });
  row(`Script CPU above the baseline page (ms, to ${SETTLE_MS} ms after Accept)`, (l) => {
    const s = stat(minusBase(l, 'script', first));
    keep(l, 'script', s);
    return fmtStat(s);
  });
  row('Main-thread task CPU above the baseline page (ms)', (l) => {
    const s = stat(minusBase(l, 'task', first));
    keep(l, 'task', s);
    return fmtStat(s);
  });
  row('CLS', (l) => {
    const s = stat(series(l, (r) => r.cls));
    keep(l, 'cls', s);
    return s ? `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})` : '–';
  });
  row(`${MANY} gated inline scripts run (ms after the click)`, (l) => {
    const s = stat(results[l.name].map((r) => r.many));
    keep(l, 'many', s);
    return `${fmtStat(s)}${l.glue && s ? ' (glue)' : ''}`;
  });
  row(`↳ script CPU from the click until the last of the ${MANY} ran (ms)`, (l) => {
    const s = stat(results[l.name].map((r) => r.manyScript));
    keep(l, 'manyScript', s);
    return `${fmtStat(s)}${l.glue && s ? ' (glue)' : ''}`;
  });
  row('Returning visitor: JS + CSS loaded, brotli 11 (bytes)', (l) => {
    const s = stat(series(l, (r) => r.returning.bytes.brotli));
    keep(l, 'rbytes', s);
    return s ? int(s.median) : '–';
  });
  row('Returning visitor: script CPU above baseline until the gated tag runs (ms)', (l) => {
    const s = stat(minusBase(l, 'script', ret));
    keep(l, 'rscript', s);
    return fmtStat(s);
  });
  row('Returning visitor: gated tag runs (ms after navigation start)', (l) => {
    const s = stat(series(l, (r) => r.returning.gatedAt));
    keep(l, 'rgated', s);
    return fmtStat(s);
  });

  // cookiegate / peer, on medians.
  const cg = figures.cookiegate;
  const others = cols.filter((l) => !l.name.startsWith('cookiegate'));
  const ratioRows = [];
  if (cg) {
    const metrics = [
      ['bytes.brotli', 'JS + CSS shipped, brotli'],
      ['bytes.gzip', 'JS + CSS shipped, gzip'],
      ['ready', 'Banner visible + Accept handled'],
      ['script', 'Script CPU above baseline'],
      ['task', 'Task CPU above baseline'],
      ['many', `${MANY} gated inline scripts`],
      ['manyScript', `${MANY} gated inline scripts, script CPU`],
      ['rbytes', 'Returning visitor: bytes'],
      ['rscript', 'Returning visitor: script CPU'],
      ['rgated', 'Returning visitor: gated tag runs'],
    ];
    for (const [key, label] of metrics) {
      const cells = others.map((l) => {
        const a = cg[key];
        const b = figures[l.name]?.[key];
        return a == null || b == null || b <= 0 || a < 0 ? '–' : `${(a / b).toFixed(2)}×`;
      });
      ratioRows.push(`| ${label} | ${cells.join(' | ')} |`);
    }
  }

  // The issue's goals, on this run's medians.
  const goals = [];
  if (cg) {
    const fastest = Math.min(...others.map((l) => figures[l.name]?.ready ?? Infinity));
    const vcc = figures['vanilla-cookieconsent'];
    const check = (ok, text) => goals.push(`- ${ok == null ? '?' : ok ? 'met' : '**not met**'}: ${text}`);
    check(
      cg['bytes.brotli'] <= 8000,
      `the one-tag install's JS and CSS on a first visit at most 8,000 bytes brotli: ${int(cg['bytes.brotli'])}`,
    );
    check(
      cg.ready == null || !Number.isFinite(fastest) ? null : cg.ready <= 0.8 * fastest,
      `banner visible and working at most 0.8× the fastest peer (${Number.isFinite(fastest) ? ms(fastest) : '?'} ms): ${cg.ready == null ? 'no banner' : `${ms(cg.ready)} ms`}`,
    );
    check(cg.script <= 2, `script CPU at most 2 ms above the baseline page: ${ms(cg.script)} ms`);
    check(
      vcc?.many ? cg.many <= vcc.many / 2 : null,
      `${MANY} gated scripts in at most half of vanilla-cookieconsent's time (${vcc?.many ? ms(vcc.many) : '?'} ms): ${ms(cg.many)} ms`,
    );
    check(cg.rbytes <= 2500, `returning visitor loads at most 2,500 bytes brotli: ${int(cg.rbytes)}`);
  }

  // A compact table for the README: one row per library, medians.
  const compact = [
    '| library | JS + CSS, brotli (first visit) | returning visit, brotli | banner visible + working | script CPU above baseline | 500 gated scripts | gates by |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...cols.map((l) => {
      const f = figures[l.name] ?? {};
      const b = (v) => (v == null ? '–' : `${int(v)} B`);
      const t = (v) => (v == null ? '–' : `${ms(v)} ms`);
      const gates = checks[l.name].external && checks[l.name].inline ? l.gating : 'does not gate';
      return `| ${l.label}${l.version && l.version !== 'dist/' ? ` ${l.version}` : ''} | ${b(f['bytes.brotli'])} | ${b(f.rbytes)} | ${t(f.ready)} | ${t(f.script)} | ${t(f.many)}${l.glue ? ' (glue)' : ''} | ${gates} |`;
    }),
  ];

  const notes = [];
  for (const l of cols) for (const n of checks[l.name].notes) notes.push(`- ${l.label}: ${n}`);
  const errors = new Map();
  for (const l of cols) for (const r of results[l.name]) for (const e of r.errors) errors.set(`${l.label}: ${e}`, true);
  for (const e of [...errors.keys()].slice(0, 10)) notes.push(`- page error, ${e}`);

  return `## Desktop profile

Measured ${env.date} on ${env.cpu}, ${env.os}, ${env.browser}, Node ${env.node}, by \`npm run bench\`
(test/bench/run.mjs): ${RUNS} interleaved runs, each visit in a fresh browser context; median (min–max).
cookiegate is \`dist/\` as built; \`dist/cookiegate.js\`: ${env.dist}.

${head('')}
${rows.join('\n')}

Baseline page (same article, analytics tag not gated): first contentful paint ${fmtStat(stat(results.baseline.map((r) => r.fcp)))} ms, script CPU ${fmtStat(stat(results.baseline.map((r) => r.script)))} ms,
task CPU ${fmtStat(stat(results.baseline.map((r) => r.task)))} ms; returning: script CPU ${fmtStat(stat(results.baseline.map((r) => r.returning.script)))} ms.

### cookiegate ÷ peer (medians; below 1× is better for cookiegate)

| | ${others.map((l) => l.label).join(' | ')} |
|---|${others.map(() => '---:').join('|')}|
${ratioRows.join('\n')}

### Goals (issue 5), on this run's medians

${goals.join('\n')}

### For the README

${compact.join('\n')}

### How it is measured

- Pages: the same article with two categories (strictly necessary, analytics), English texts and one
  gated external script on a second host (\`${ANALYTICS_HOST}\`, mapped to 127.0.0.1 like \`${SITE_HOST}\`);
  each library's documented dist build from node_modules, loaded at the end of \`<body>\`, served with
  \`Cache-Control: no-store\` by a server on a thread of its own (not the harness's), brotli-compressed on the wire as a CDN
  would send them. Bytes are the
  served library files the page requested (JS and CSS, also those a library loads at run time),
  compressed one by one.
- Banner: an init script checks once a frame for the Accept button (visible: a box, not hidden, not
  transparent; then stable and on top), the click is a real mouse click through CDP, and "handled" is
  the gated analytics tag running. "Visible + handled" adds the two, leaving out the harness's round trip.
  The page's first contentful paint is the browser's own \`first-contentful-paint\` entry: no banner
  can be seen before it, so "visible after the first contentful paint" is the part a library adds.
- CPU: CDP \`Performance.getMetrics\` (\`ScriptDuration\`, \`TaskDuration\`) with \`timeDomain: 'threadTicks'\`,
  read ${SETTLE_MS} ms after Accept was handled (first visit) or as soon as the gated tag ran
  (returning visitor), minus the baseline page's median read the same way.
- CLS: \`layout-shift\` entries without recent input, to the same moment.
- ${MANY} scripts: a page with ${MANY} gated inline scripts (each library's own markup) that count
  themselves; from the click until the last one ran, in wall time and in script CPU (the CPU figure
  is the steadier one when other work shares the machine).
- Returning visitor: Accept on a first visit, then the same context opens the page again.
- Gating: before the timed runs each page is left 500 ms with its banner up; a request to the analytics
  host or a gated script running before the click counts as not gating. cookiegate, vanilla-cookieconsent
  and klaro gate by markup. cookieconsent (Osano) has no gating and no categories (one allow/deny), and
  tarteaucitron gates its own service definitions, not markup: both run the same ${int(sizes(GLUE_SOURCE).brotli)}-byte (brotli)
  site-owner glue, so their ${MANY}-script figures measure that loop, not the library.
- A banner can show before it works (tarteaucitron's buttons do nothing until its services file
  has loaded): a click that changes nothing for 150 ms is repeated, and then "visible + handled" is
  the time the gated tag ran, clicks and harness included.
${notes.length ? `\nNotes:\n${notes.join('\n')}\n` : ''}`;
}

// ---------------------------------------------------------------------------------------------

/** The desktop profile: the gating checks, then RUNS interleaved runs; returns its section of the results. */
async function desktop(browser, env) {
  const started = Date.now();
  const checks = {};
  for (const lib of peers) {
    log(`checking that ${lib.name} gates…`);
    checks[lib.name] = await checkGating(browser, lib);
    for (const n of checks[lib.name].notes) log(`  ${n}`);
  }
  const results = Object.fromEntries(libs.map((l) => [l.name, []]));
  for (let run = 1; run <= RUNS; run++) {
    log(`run ${run}/${RUNS}`);
    for (const lib of libs) {
      const mode = checks[lib.name]?.mode ?? 'banner';
      try {
        results[lib.name].push(await visitFirstAndReturning(browser, lib, mode));
      } catch (e) {
        log(`  ${lib.name}: first/returning visit failed: ${e.message}`);
      }
    }
    for (const lib of peers) {
      try {
        const m = await visitMany(browser, lib, checks[lib.name].mode);
        const last = results[lib.name].at(-1);
        if (last) Object.assign(last, { many: m.ms, manyScript: m.script });
      } catch (e) {
        log(`  ${lib.name}: ${MANY}-script visit failed: ${e.message}`);
      }
    }
  }
  const med = (pick) => median(results.baseline.map(pick));
  const baseline = {
    script: med((r) => r.script),
    task: med((r) => r.task),
    rscript: med((r) => r.returning.script),
    rtask: med((r) => r.returning.task),
  };
  log(`desktop profile: ${Math.round((Date.now() - started) / 1000)} s`);
  return report({ results, checks, baseline, env });
}

/** The phone profile (phone.mjs): PHONE_RUNS interleaved runs, then one profiled visit of cookiegate. */
async function phone(browser, env) {
  const started = Date.now();
  const contenders = inProfile('phone');
  const results = await runPhone({ browser, libs: contenders, runs: PHONE_RUNS, pageUrl, log });
  const profiles = {};
  for (const lib of contenders.filter((l) => l.name.startsWith('cookiegate'))) {
    try {
      profiles[lib.name] = await profileVisits(browser, lib, pageUrl(lib, 'first'), `${ROOT}test/.results/profiles`);
    } catch (e) {
      log(`  ${lib.name}: profiled visit failed: ${e.message.split('\n')[0]}`);
    }
  }
  log(`phone profile: ${Math.round((Date.now() - started) / 1000)} s`);
  return phoneReport({ results, profiles, libs: contenders, runs: PHONE_RUNS, env, loadAtEnd: loadavg() });
}

/**
 * Writes the profiles' sections into OUT between their markers, keeping the other profile's section
 * from the last run when only one profile ran. Returns the whole file.
 */
function writeSections(sections) {
  const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const section = (name) => {
    if (sections[name]) return `<!-- bench:${name} -->\n${sections[name].trim()}\n<!-- /bench:${name} -->`;
    const kept = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`).exec(previous);
    return kept
      ? kept[0]
      : `<!-- bench:${name} -->\n(not run yet: \`BENCH_PROFILE=${name} npm run bench\`)\n<!-- /bench:${name} -->`;
  };
  const md = `# Benchmark: cookiegate and its peers

Two profiles, written by \`npm run bench\` (test/bench/run.mjs; \`BENCH_PROFILE=desktop\` or \`phone\` runs
one and keeps the other's last section). The figures are from one run on one shared machine: compare
them as ratios within a table, not with figures from another run or machine.

${section('desktop')}

${section('phone')}
`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, md);
  return md;
}

let serverRef;
let distCopy;
/** Other work on the machine skews wall-clock figures more than CPU ones: the table says how busy it was. */
const loadAtStart = loadavg();

/**
 * A copy of dist/ taken now: `npm run build` empties dist/ first, and a build started by someone
 * else during the run must not change what is measured half-way.
 */
async function snapshotDist() {
  let waited = false;
  for (let i = 0; i < 120 && !existsSync(`${DIST}cookiegate.js`); i++) {
    if (!waited) log('waiting for dist/cookiegate.js (a build in progress?)…');
    waited = true;
    await sleep(1000);
  }
  // The build writes the other entries after this one.
  if (waited) await sleep(5000);
  const dir = `${mkdtempSync(`${tmpdir()}/cookiegate-bench-`)}/`;
  cpSync(DIST, dir, { recursive: true });
  if (!existsSync(`${dir}cookiegate.js`)) throw new Error('dist/cookiegate.js is missing: run `npm run build`');
  return dir;
}

async function main() {
  const started = Date.now();
  distCopy = await snapshotDist();
  const mounts = Object.assign({}, ...libs.map((l) => l.mounts));
  if (mounts['/lib/cookiegate/']) mounts['/lib/cookiegate/'] = distCopy;
  // On a thread of its own: see startServerThread.
  serverRef = await startServerThread(mounts);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP ${ANALYTICS_HOST} 127.0.0.1`,
    ],
  });
  try {
    const env = machine(browser.version());
    const sections = {};
    if (PROFILES.includes('desktop')) sections.desktop = await desktop(browser, env);
    if (PROFILES.includes('phone')) sections.phone = await phone(browser, env);
    const md = writeSections(sections);
    console.log(md);
    log(`\nwrote ${OUT.replace(ROOT, '')} in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    await serverRef.close();
    rmSync(distCopy, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
