// The phone profile of `npm run bench` (issue 20): what a consent banner does to the Core Web
// Vitals of a mid-range phone on a slow mobile network, for cookiegate and the same four peers on the
// same page as the desktop profile.
//
// Every visit is a fresh browser context (cold cache, and the cache disabled through CDP) with a
// 412 × 915 viewport at device scale factor 2.625, touch, the CPU throttled 4× and Lighthouse's
// "slow 4G" applied the way Lighthouse's devtools throttling applies it (see PHONE). Each run visits
// every contender three times, interleaved (all Accept visits, then all Reject visits, then all
// preferences visits), and taps the button for real (CDP touch input, trusted events), so the
// browser's own Event Timing sees the interaction. The baseline page (no library) is visited once a
// run. Figures are medians with min and max over the runs.
import { writeFileSync, mkdirSync } from 'node:fs';
import { instrument } from './instrument.mjs';
import { MANY } from './libraries.mjs';

/** One frame at 60 Hz: the goals' tolerance for "at the same time". */
export const FRAME_MS = 1000 / 60;

/** What a visit emulates. */
export const PHONE = {
  context: {
    viewport: { width: 412, height: 915 },
    deviceScaleFactor: 2.625,
    isMobile: true,
    hasTouch: true,
    // Lighthouse's mobile device (a Moto G Power), with this Chromium's major version.
    userAgent:
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
  },
  cpuRate: 4,
  // Lighthouse's "slow 4G" (150 ms RTT, 1.6 Mbps down, 750 Kbps up) as its devtools throttling
  // applies it: request latency RTT × 3.75 and throughputs × 0.9, in bytes per second.
  network: {
    offline: false,
    latency: 150 * 3.75,
    downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8),
    uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8),
  },
};

/** The interactions measured, each in visits of its own. */
const ACTIONS = [
  ['accept', 'Accept all'],
  ['reject', 'Reject all'],
  ['preferences', 'opening the preferences'],
];
/** After the tap, how long the visit goes on before its long tasks are read (the issue's window). */
const AFTER_TAP_MS = 1000;
/** From the banner ready and the page loaded to the tap. */
const READING_MS = 500;
/** Profiled Accept visits per cookiegate placement, summed: one visit's samples are too few to rank functions. */
const PROFILED_VISITS = 3;
const TIMEOUT_MS = 20_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs in every page before its own scripts, after `instrument`: keeps the browser's own entries
 * (LCP candidates, Event Timing at its lowest threshold, long tasks, and the long animation frames'
 * script attribution) for node to read once the visit is over.
 */
function vitals() {
  const kept = (window.__vitals = { lcp: [], events: [], longtasks: [], scripts: [] });
  const observe = (type, options, keep) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true, ...options });
    } catch {
      kept[`${type}Unsupported`] = true;
    }
  };
  observe('largest-contentful-paint', {}, (entry) =>
    kept.lcp.push({
      at: entry.startTime,
      size: entry.size,
      // null for an element inside a shadow root (and for one removed since).
      tag: entry.element ? entry.element.tagName : null,
      inPage: entry.element ? entry.element.closest('header,main,footer') !== null : null,
      url: entry.url,
    }),
  );
  observe('event', { durationThreshold: 16 }, (entry) =>
    kept.events.push({
      name: entry.name,
      at: entry.startTime,
      duration: entry.duration,
      processingStart: entry.processingStart,
      processingEnd: entry.processingEnd,
      interactionId: entry.interactionId,
    }),
  );
  observe('longtask', {}, (entry) => kept.longtasks.push({ at: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', {}, (frame) => {
    for (const script of frame.scripts) {
      kept.scripts.push({
        at: script.startTime,
        duration: script.duration,
        url: script.sourceURL,
        invoker: script.invoker,
        layout: script.forcedStyleAndLayoutDuration,
      });
    }
  });
}

/** A fresh phone context and page for one visit of `lib`, watching `button` (null: no tap). */
async function openVisit(browser, button) {
  const context = await browser.newContext(PHONE.context);
  const reports = new Map();
  const waiters = new Map();
  await context.exposeBinding('__benchReport', (_source, what, data) => {
    reports.set(what, data);
    waiters.get(what)?.(data);
  });
  await context.addInitScript(instrument, { accept: button, many: MANY });
  await context.addInitScript(vitals);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuRate });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
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
  return { context, page, cdp, reports, wait, errors };
}

/**
 * Taps the watched button once it is visible and stable, as a finger would (CDP touch events:
 * trusted, so Event Timing reports them). A tap that changes nothing for 150 ms (a banner shown
 * before it works) is repeated; one that missed (the button moved) waits for the button again.
 */
async function tap(visit) {
  let { x, y } = await visit.wait('ready');
  for (let attempt = 0; attempt < 30; attempt++) {
    const clicks = visit.reports.get('click') ?? 0;
    visit.reports.delete('verdict');
    await visit.page.touchscreen.tap(x, y);
    const verdict = await visit.wait('verdict', 3000).catch(() => null);
    if (verdict === 'taken') return;
    if (verdict === null && (visit.reports.get('click') ?? 0) === clicks) {
      visit.reports.delete('ready');
      await visit.page.evaluate(() => window.__bench.rearm());
      ({ x, y } = await visit.wait('ready'));
    }
  }
  throw new Error('no tap was handled');
}

/**
 * One visit: loads the page, taps `action`'s button (none for the baseline), waits a second, and
 * reads what the page kept.
 */
async function visitOnce(browser, lib, action, url) {
  const button = lib.name === 'baseline' ? null : lib[action];
  const visit = await openVisit(browser, button);
  try {
    await visit.page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    if (button) {
      // A visitor reads before tapping: the tap comes once the page has loaded and the banner has
      // been up for a moment, so that its INP is the banner's handling and not the page still
      // loading under the finger (that shows in the total blocking time instead).
      await visit.wait('ready');
      await visit.page.waitForLoadState('load');
      await sleep(READING_MS);
      await tap(visit);
      // Accept starts the gated tag: the window covers it.
      if (action === 'accept') await visit.wait('gated');
    } else {
      await visit.wait('gated');
      await visit.page.waitForLoadState('load');
    }
    // Accept: the issue's window for long tasks (1 s after the tap). Reject and preferences: time
    // for the interaction's entries to be reported (after its next paint).
    await sleep(action === 'accept' || !button ? AFTER_TAP_MS + 200 : 500);
    const data = await visit.page.evaluate(() => ({
      bench: {
        visibleAt: window.__bench.visibleAt,
        clicks: window.__bench.clicks,
        cls: window.__bench.cls,
        gatedAt: window.__bench.gatedAt,
      },
      vitals: window.__vitals,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      now: performance.now(),
    }));
    return { ...measure(data, lib, url), errors: visit.errors };
  } finally {
    await visit.context.close();
  }
}

/** Whether a script (by its URL) is the library's own: its files, or the page's inline config and glue. */
const libraryScript = (lib, pageUrl) => (url) =>
  lib.name !== 'baseline' && (url === pageUrl || new URL(url || 'about:blank', pageUrl).pathname.startsWith('/lib/'));

/** ms of `scripts` inside [start, end]. */
const overlap = (scripts, start, end) =>
  scripts.reduce((sum, s) => sum + Math.max(0, Math.min(end, s.at + s.duration) - Math.max(start, s.at)), 0);

/** The visit's figures from what the page kept. */
function measure({ bench, vitals: kept, fcp, now }, lib, pageUrl) {
  const tappedAt = bench.clicks.length ? bench.clicks[bench.clicks.length - 1] : null;
  // LCP stops at the first input: the last candidate before the tap is the page's LCP.
  const candidates = kept.lcp.filter((e) => tappedAt === null || e.at <= tappedAt);
  const lcp = candidates.at(-1) ?? null;
  // A candidate whose element is null sits in a shadow root: the banner, painted at its render.
  const lcpIsBanner =
    lcp === null
      ? null
      : lcp.tag === null
        ? bench.visibleAt !== null && lcp.at >= bench.visibleAt - FRAME_MS
        : lcp.inPage === false;

  // INP: the worst interaction (its longest entry); none at or over 16 ms: under 16 ms.
  let worst = null;
  for (const e of kept.events) if (e.interactionId > 0 && (!worst || e.duration > worst.duration)) worst = e;
  const inp = worst
    ? {
        duration: worst.duration,
        name: worst.name,
        inputDelay: worst.processingStart - worst.at,
        processing: worst.processingEnd - worst.processingStart,
        presentation: worst.at + worst.duration - worst.processingEnd,
      }
    : null;

  const end = tappedAt === null ? now : tappedAt + AFTER_TAP_MS;
  const tasks = kept.longtasks.filter((t) => t.at < end);
  const own = libraryScript(lib, pageUrl);
  const ownScripts = kept.scripts.filter((s) => own(s.url));
  const libraryIn = (t) => overlap(ownScripts, t.at, t.at + t.duration);
  const longest = tasks.reduce((a, t) => (a && a.duration >= t.duration ? a : t), null);
  // A long task is the library's own when its scripts take at least half of it.
  const ownLong = tasks.filter((t) => t.duration > 50 && libraryIn(t) >= t.duration / 2);
  return {
    fcp,
    visibleAt: bench.visibleAt,
    afterPaint: bench.visibleAt === null || fcp === null ? null : bench.visibleAt - fcp,
    lcp: lcp?.at ?? null,
    lcpSize: lcp?.size ?? null,
    lcpIsBanner,
    lcpTag: lcp ? (lcp.tag ?? 'null (shadow root)') : null,
    inp: inp?.duration ?? 0,
    inpEntry: inp,
    lostTaps: Math.max(0, bench.clicks.length - 1),
    tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    longest: longest?.duration ?? 0,
    longestOwn: longest ? libraryIn(longest) : 0,
    ownInLongTasks: tasks.reduce((sum, t) => sum + libraryIn(t), 0),
    ownLongTasks: ownLong.length,
    ownLongest: ownLong.reduce((m, t) => Math.max(m, t.duration), 0),
    // Any long task the library's scripts run in, whatever else it holds.
    touchedLongest: tasks.filter((t) => libraryIn(t) > 0).reduce((m, t) => Math.max(m, t.duration), 0),
    cls: bench.cls,
    unsupported: Object.keys(kept).filter((k) => k.endsWith('Unsupported')),
  };
}

// ---------------------------------------------------------------------------------------------
// The CPU profile of cookiegate's part

/**
 * `count` Accept visits of `lib` under the V8 sampling profiler (100 µs): in each, one profile from
 * navigation until the banner is ready, one from the tap to 1 s after it. Returns self time by script
 * and the heaviest functions of the library's own files (means per visit), each with a snippet of the
 * minified source to find it by, and writes the raw profiles to `dir` (DevTools opens them).
 */
export async function profileVisits(browser, lib, url, dir, count = PROFILED_VISITS) {
  const profiles = { load: [], click: [] };
  let sourceOf = null;
  for (let i = 0; i < count; i++) {
    const one = await profileVisit(browser, lib, url);
    profiles.load.push(one.load);
    profiles.click.push(one.click);
    sourceOf ??= one.source;
  }
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [phase, list] of Object.entries(profiles)) {
    list.forEach((p, i) => writeFileSync(`${dir}/${lib.name}-${phase}-${i + 1}.cpuprofile`, JSON.stringify(p)));
    out[phase] = summarise(list, libraryScript(lib, url), sourceOf);
  }
  out.visits = count;
  return out;
}

/** One profiled Accept visit: the two profiles, and the library's source text by URL (to quote). */
async function profileVisit(browser, lib, url) {
  const visit = await openVisit(browser, lib.accept);
  try {
    await visit.cdp.send('Profiler.enable');
    await visit.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await visit.cdp.send('Profiler.start');
    await visit.page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await visit.wait('ready');
    const { profile: load } = await visit.cdp.send('Profiler.stop');
    await visit.cdp.send('Profiler.start');
    await tap(visit);
    await visit.wait('gated');
    await sleep(AFTER_TAP_MS);
    const { profile: click } = await visit.cdp.send('Profiler.stop');
    const texts = new Map();
    const own = libraryScript(lib, url);
    for (const node of [...load.nodes, ...click.nodes]) {
      const u = node.callFrame.url;
      if (u && own(u) && !texts.has(u))
        texts.set(u, await visit.page.evaluate((src) => fetch(src).then((r) => r.text()), u).catch(() => ''));
    }
    return { load, click, source: (u) => texts.get(u) ?? '' };
  } finally {
    await visit.context.close();
  }
}

/** Self time by script URL and the library's heaviest functions, summed over `profiles`. */
function summarise(profiles, own, sourceOf) {
  const byUrl = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const profile of profiles) {
    total += (profile.endTime - profile.startTime) / 1000;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const frame = byId.get(profile.samples[i]).callFrame;
      const url = frame.url || `(${frame.functionName || 'program'})`;
      byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
      if (frame.url && own(frame.url)) {
        const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
        const f = byFunction.get(key) ?? { ms: 0, frame };
        f.ms += ms;
        byFunction.set(key, f);
      }
    }
  }
  const top = [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 10);
  const per = profiles.length;
  return {
    total: total / per,
    own: [...byFunction.values()].reduce((sum, f) => sum + f.ms, 0) / per,
    byUrl: [...byUrl]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([u, ms]) => [u, ms / per]),
    top: top.map((f) => ({
      ms: f.ms / per,
      name: f.frame.functionName || '(anonymous)',
      file: f.frame.url.split('/').pop() || 'inline',
      at: `${f.frame.lineNumber + 1}:${f.frame.columnNumber + 1}`,
      snippet: (sourceOf(f.frame.url).split('\n')[f.frame.lineNumber] ?? '')
        .slice(f.frame.columnNumber, f.frame.columnNumber + 70)
        .replace(/\s+/g, ' '),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The run

/**
 * Runs the phone profile: `runs` interleaved runs of every contender in `libs` (baseline first).
 * @returns {Promise<Record<string, Record<string, object[]>>>} lib → action → visits
 */
export async function runPhone({ browser, libs, runs, pageUrl, log }) {
  const results = Object.fromEntries(libs.map((l) => [l.name, { accept: [], reject: [], preferences: [] }]));
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    for (const [action] of ACTIONS) {
      for (const lib of libs) {
        if (lib.name === 'baseline' ? action !== 'accept' : !lib[action]) continue;
        try {
          results[lib.name][action].push(await visitOnce(browser, lib, action, pageUrl(lib, 'first')));
        } catch (e) {
          log(`  ${lib.name}, ${action}: visit failed: ${e.message.split('\n')[0]}`);
        }
      }
    }
    log(`phone run ${run}/${runs} in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return results;
}

export { ACTIONS };

// ---------------------------------------------------------------------------------------------
// The table

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const ms = (n) => (Math.abs(n) >= 100 ? String(Math.round(n)) : n.toFixed(1));
const fmtStat = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');
/** Event Timing reports nothing under its 16 ms threshold (and rounds durations to 8 ms). */
const inpText = (n) => (n < 16 ? '<16' : String(Math.round(n)));

/**
 * The phone profile's section of results.md: the contenders' table, the goals (issue 20) and what
 * the profiled visits of cookiegate show.
 */
export function phoneReport({ results, profiles, libs, runs, env, loadAtEnd }) {
  const cols = libs.filter((l) => l.name !== 'baseline');
  const base = results.baseline.accept;
  const baseLcp = stat(base.map((r) => r.lcp));
  const baseFcp = stat(base.map((r) => r.fcp));
  const rows = [];
  const row = (label, cell) => rows.push(`| ${label} | ${cols.map(cell).join(' | ')} |`);
  const visits = (l, action = 'accept') => results[l.name]?.[action] ?? [];
  const figure = (l, key, action = 'accept') => stat(visits(l, action).map((r) => r[key]));
  const figures = {}; // lib → key → stat, for the goals
  const keep = (l, key, s) => (((figures[l.name] ??= {})[key] = s), s);

  row('LCP (ms after navigation start)', (l) => fmtStat(keep(l, 'lcp', figure(l, 'lcp'))));
  row("↳ LCP element: the page's own content or the banner (runs)", (l) => {
    const v = visits(l).filter((r) => r.lcpIsBanner !== null);
    const banner = v.filter((r) => r.lcpIsBanner).length;
    keep(l, 'lcpBanner', { banner, of: v.length });
    const tags = [...new Set(v.map((r) => (r.lcpIsBanner ? 'banner' : r.lcpTag)))].join(', ');
    return `page ${v.length - banner}/${v.length}, banner ${banner}/${v.length} (${tags})`;
  });
  row("↳ LCP after the baseline page's median LCP (ms)", (l) =>
    fmtStat(keep(l, 'lcpOverBase', stat(visits(l).map((r) => r.lcp - (baseLcp?.median ?? NaN))))),
  );
  row('FCP (ms after navigation start)', (l) => fmtStat(figure(l, 'fcp')));
  row("↳ FCP after the baseline page's median FCP (ms)", (l) =>
    fmtStat(keep(l, 'fcpOverBase', stat(visits(l).map((r) => r.fcp - (baseFcp?.median ?? NaN))))),
  );
  row('Banner visible (ms after navigation start)', (l) => fmtStat(figure(l, 'visibleAt')));
  row("↳ banner visible after the page's FCP (ms)", (l) => fmtStat(keep(l, 'afterPaint', figure(l, 'afterPaint'))));
  for (const [action, label] of ACTIONS) {
    row(`INP of the tap on ${label} (ms; Event Timing, <16: no entry)`, (l) => {
      const s = keep(l, `inp.${action}`, figure(l, 'inp', action));
      return s ? fmtStat(s, inpText) : l[action] === null ? 'no such button' : '–';
    });
    row('↳ input delay / processing / presentation (ms, medians of the visits with an entry)', (l) => {
      const entries = visits(l, action)
        .map((r) => r.inpEntry)
        .filter(Boolean);
      if (!entries.length) return '–';
      const part = (k) => ms(median(entries.map((e) => e[k])));
      return `${part('inputDelay')} / ${part('processing')} / ${part('presentation')} (${entries.length}/${visits(l, action).length})`;
    });
  }
  row(`Total blocking time, navigation to ${AFTER_TAP_MS / 1000} s after Accept (ms)`, (l) =>
    fmtStat(keep(l, 'tbt', figure(l, 'tbt'))),
  );
  row('Longest task (ms)', (l) => fmtStat(keep(l, 'longest', figure(l, 'longest'))));
  row("↳ of it, the library's own scripts (ms)", (l) => fmtStat(keep(l, 'longestOwn', figure(l, 'longestOwn'))));
  row("The library's scripts inside long tasks, all of them (ms)", (l) =>
    fmtStat(keep(l, 'ownInLongTasks', figure(l, 'ownInLongTasks'))),
  );
  row("Long tasks over 50 ms that are the library's own (count a visit; runs with one)", (l) => {
    const s = keep(l, 'ownLongTasks', figure(l, 'ownLongTasks'));
    const withOne = visits(l).filter((r) => r.ownLongTasks > 0).length;
    keep(l, 'ownLongRuns', { withOne, of: visits(l).length });
    return s ? `${s.median} (${s.min}–${s.max}); ${withOne}/${visits(l).length}` : '–';
  });
  row('↳ the longest of them (ms; 0: none)', (l) => fmtStat(keep(l, 'ownLongest', figure(l, 'ownLongest'))));
  row("Longest task the library's scripts run in, whatever else it holds (ms)", (l) =>
    fmtStat(keep(l, 'touchedLongest', figure(l, 'touchedLongest'))),
  );
  row('CLS', (l) => {
    const s = keep(l, 'cls', figure(l, 'cls'));
    return s ? `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})` : '–';
  });
  row('Taps on a visible Accept that did nothing (median)', (l) => {
    const s = figure(l, 'lostTaps');
    return s ? `${s.median} (${s.min}–${s.max})` : '–';
  });

  const goals = goalRows(figures, cols, baseLcp);
  const errors = new Set();
  for (const l of libs)
    for (const [, v] of Object.entries(results[l.name]))
      for (const r of v) for (const e of r.errors) errors.add(`${l.label}: ${e}`);
  const unsupported = new Set(
    Object.values(results).flatMap((a) =>
      Object.values(a)
        .flat()
        .flatMap((r) => r.unsupported),
    ),
  );
  const n = (l) => ACTIONS.map(([a]) => visits(l, a).length).join('/');

  return `## Phone profile

Measured ${env.date} on ${env.cpu}; load average ${loadAtEnd.map((x) => x.toFixed(1)).join(' / ')} at the end; ${env.os}, ${env.browser}, Node ${env.node}.
\`dist/cookiegate.js\`: ${env.dist}. ${runs} interleaved runs; median (min–max). Visits that completed (Accept/Reject/preferences):
${cols.map((l) => `${l.label} ${n(l)}`).join(', ')}; baseline ${base.length}.

Emulated: ${PHONE.context.viewport.width} × ${PHONE.context.viewport.height} at device scale factor ${PHONE.context.deviceScaleFactor}, touch, mobile; CPU throttled ${PHONE.cpuRate}× (\`Emulation.setCPUThrottlingRate\`);
Lighthouse's "slow 4G" applied as its devtools throttling does (\`Network.emulateNetworkConditions\`: latency 150 ms × 3.75 = ${PHONE.network.latency} ms,
${Math.round((PHONE.network.downloadThroughput * 8) / 1024)} Kbit/s down and ${Math.round((PHONE.network.uploadThroughput * 8) / 1024)} Kbit/s up, i.e. 1.6 Mbps and 750 Kbps × 0.9); cold cache (a fresh context per visit, \`Network.setCacheDisabled\`).

| | ${cols.map((l) => `${l.label}${l.version && l.version !== 'dist/' ? ` ${l.version}` : ''}`).join(' | ')} |
|---|${cols.map(() => '---:').join('|')}|
${rows.join('\n')}

Baseline page (the same article, no library, analytics tag not gated): LCP ${fmtStat(baseLcp)} ms (${[...new Set(base.map((r) => r.lcpTag))].join(', ')}),
FCP ${fmtStat(stat(base.map((r) => r.fcp)))} ms, total blocking time ${fmtStat(stat(base.map((r) => r.tbt)))} ms, longest task ${fmtStat(stat(base.map((r) => r.longest)))} ms.

### For the README (phone; medians)

| library | LCP element (runs) | LCP − baseline | banner after FCP | INP Accept / Reject / preferences | total blocking time | library's scripts in long tasks |
|---|---|---:|---:|---:|---:|---:|
${cols
  .map((l) => {
    const f = figures[l.name] ?? {};
    const b = f.lcpBanner;
    const med = (s, fmt = ms) => (s ? fmt(s.median) : '–');
    const inps = ACTIONS.map(([a]) => (l[a] ? med(f[`inp.${a}`], inpText) : 'none')).join(' / ');
    return `| ${l.label}${l.version && l.version !== 'dist/' ? ` ${l.version}` : ''} | ${b ? (b.banner * 2 > b.of ? `banner (${b.banner}/${b.of})` : `page (${b.of - b.banner}/${b.of})`) : '–'} | ${med(f.lcpOverBase)} ms | ${med(f.afterPaint)} ms | ${inps} ms | ${med(f.tbt)} ms | ${med(f.ownInLongTasks)} ms |`;
  })
  .join('\n')}

### Goals (issue 20), on this run's medians

${goals}

${profileText(profiles)}
### How the phone profile is measured

- Every contender is the desktop profile's page and install (end of \`<body>\`), plus cookiegate with its
  config and tag synchronous in \`<head>\`. Each run visits every contender three times in fresh contexts:
  tap on Accept, tap on Reject, tap on the button that opens the preferences (cookieconsent (Osano) has
  none); the baseline page once. Taps are CDP touch input (\`page.touchscreen.tap\`): trusted events.
  A visitor reads before tapping: the tap comes ${READING_MS} ms after both the page's \`load\` and the button being
  visible and stable, so INP is the banner's handling rather than the page still loading under the finger
  (that is in the total blocking time). A tap that changes nothing for 150 ms is repeated (counted).
- The server sends pages and library files brotli-compressed (as a CDN would): the throttled network
  carries compressed bytes.
- LCP: the last \`largest-contentful-paint\` candidate before the tap. Its element is the banner when it is
  outside the page's \`header\`, \`main\` and \`footer\`, or when it is \`null\` (inside a shadow root) and timed
  at or after the banner's first visible frame.
- INP: \`event\` entries observed with \`durationThreshold: 16\`; the visit's INP is its worst interaction
  (its longest entry, which Chromium rounds to 8 ms); no entry counts as under 16 ms. Input delay is
  \`processingStart − startTime\`, processing \`processingEnd − processingStart\`, presentation the rest.
- Long tasks: \`longtask\` entries from navigation to ${AFTER_TAP_MS / 1000} s after the tap (total blocking time: the sum of
  their parts over 50 ms). The library's share: the \`long-animation-frame\` entries' script attribution
  (scripts of 5 ms or more) from the library's files or the page's inline config and glue, overlapping the
  task; a long task is the library's own when those scripts take at least half of it.
- Banner visible: the first animation frame in which the button is visible (a box, not hidden, not
  transparent), minus the page's \`first-contentful-paint\`. A negative figure: in the same frame as FCP.
- CLS: \`layout-shift\` entries without recent input, to the end of the visit.${unsupported.size ? `\n- Not supported by this browser: ${[...unsupported].join(', ')}.` : ''}
${
  errors.size
    ? `\nPage errors:\n${[...errors]
        .slice(0, 10)
        .map((e) => `- ${e}`)
        .join('\n')}\n`
    : ''
}`;
}

/** The goals table: met or not, with the figures, for cookiegate in <head> and at the end of <body>. */
function goalRows(figures, cols, baseLcp) {
  const vcc = figures['vanilla-cookieconsent'];
  const targets = cols.filter((l) => l.name.startsWith('cookiegate'));
  const verdict = (ok, text) => `${ok == null ? '?' : ok ? 'met' : '**not met**'}: ${text}`;
  const vccInp = vcc?.['inp.accept']?.median;
  const inpLimit = vccInp == null ? null : Math.max(0.5 * vccInp, 16);
  const goals = [
    [
      `INP of Accept ≤ max(0.5 × vanilla-cookieconsent's (${vccInp == null ? '?' : inpText(vccInp)} ms), 16 ms)`,
      (f) => {
        const v = f['inp.accept']?.median;
        return verdict(
          v == null || inpLimit == null ? null : v <= inpLimit,
          `${v == null ? '?' : inpText(v)} ms ≤ ${inpLimit == null ? '?' : ms(inpLimit)}`,
        );
      },
    ],
    [
      'INP of Accept under 100 ms at 4×',
      (f) => {
        const s = f['inp.accept'];
        return verdict(s ? s.median < 100 : null, `${s ? fmtStat(s, inpText) : '?'} ms`);
      },
    ],
    [
      "No long task over 50 ms that is the library's own",
      (f) => {
        const runs = f.ownLongRuns;
        const s = f.ownLongest;
        return verdict(
          runs ? runs.withOne * 2 < runs.of : null,
          `in ${runs?.withOne ?? '?'} of ${runs?.of ?? '?'} visits; the longest ${s ? fmtStat(s) : '?'} ms; library scripts in the longest task ${f.longestOwn ? fmtStat(f.longestOwn) : '?'} ms`,
        );
      },
    ],
    [
      `Banner visible within one frame (${ms(FRAME_MS)} ms) of the page's FCP (tag synchronous in \`<head>\`; elsewhere: the gap)`,
      (f, l) => {
        const s = f.afterPaint;
        const text = `${s ? fmtStat(s) : '?'} ms after FCP`;
        return l.name === 'cookiegate-head' ? verdict(s ? s.median <= FRAME_MS : null, text) : `gap: ${text}`;
      },
    ],
    [
      "LCP is the page's own content, not the banner (or, if the banner, no later than the baseline's + 1 frame)",
      (f) => {
        const b = f.lcpBanner;
        const over = f.lcpOverBase;
        const ownContent = b ? b.banner * 2 < b.of : null;
        const ok = ownContent == null ? null : ownContent || (over ? over.median <= FRAME_MS : false);
        return verdict(
          ok,
          `banner in ${b?.banner ?? '?'} of ${b?.of ?? '?'} runs; LCP ${over ? fmtStat(over) : '?'} ms after the baseline's ${baseLcp ? ms(baseLcp.median) : '?'}`,
        );
      },
    ],
    [
      'CLS 0',
      (f) => {
        const s = f.cls;
        return verdict(s ? s.max === 0 : null, s ? `${s.median.toFixed(3)} (max ${s.max.toFixed(3)})` : '?');
      },
    ],
  ];
  return [
    `| goal | ${targets.map((l) => l.label).join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    ...goals.map(([label, cell]) => `| ${label} | ${targets.map((l) => cell(figures[l.name] ?? {}, l)).join(' | ')} |`),
  ].join('\n');
}

/** What the profiled visits show: self time by script, and cookiegate's heaviest functions. */
function profileText(profiles) {
  const parts = [];
  let visits = 0;
  for (const [name, { visits: count, ...phases }] of Object.entries(profiles)) {
    visits = count;
    for (const [phase, p] of Object.entries(phases)) {
      const when =
        phase === 'load'
          ? 'navigation until the banner is ready'
          : `the tap on Accept until ${AFTER_TAP_MS / 1000} s after the gated tag ran`;
      parts.push(`**${name}, ${when}** (${ms(p.total)} ms profiled a visit; the library's own self time ${ms(p.own)} ms). Self time by script: ${p.byUrl.map(([u, t]) => `${u.startsWith('http') ? new URL(u).pathname : u} ${ms(t)}`).join(', ')} (ms).

| self ms | function | at | source |
|---:|---|---|---|
${p.top.map((f) => `| ${ms(f.ms)} | \`${f.name}\` | ${f.file}:${f.at} | \`${f.snippet.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`).join('\n')}
`);
    }
  }
  return parts.length
    ? `### cookiegate under the profiler (V8 sampling profiler at 100 µs, same throttling)

${visits} Accept visits per placement after the timed runs; figures are means per visit, and the profiler's own
cost is in them: read the shares, not the totals. The raw profiles are in test/.results/profiles/ (not committed).

${parts.join('\n')}`
    : '';
}
