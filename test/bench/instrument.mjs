// What runs in every benchmarked page before its own scripts (an init script), the same for every
// library and the baseline, so that its cost cancels out when the baseline is subtracted.
// It reports to node through a binding (`__benchReport`) instead of being polled, so that no
// Playwright injected script runs in the page while CPU is measured.

/**
 * @param {{ css: string, text?: string } | null} accept  the Accept button to watch for
 * @param {number} many  how many gated inline scripts the `many` page holds
 */
export function instrument({ accept, many }) {
  const now = () => performance.now();
  const b = (window.__bench = {
    cls: 0,
    n: 0,
    visibleAt: null,
    stableAt: null,
    clicks: [],
    gatedAt: null,
    firstTickAt: null,
    manyAt: null,
    early: [],
  });
  const report = (what, data) => {
    if (typeof window.__benchReport === 'function') window.__benchReport(what, data);
  };

  // CLS as web-vitals counts it, minus the session windows: shifts right after input do not count.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No layout-shift entries in this browser: CLS stays 0.
  }

  b.gated = () => {
    if (b.gatedAt !== null) return;
    b.gatedAt = now();
    // Ran before the click: the library did not gate it.
    if (!b.clicks.length) b.early.push('external script ran before consent');
    report('gated', b.gatedAt);
  };
  b.tick = () => {
    b.n += 1;
    if (b.n === 1) {
      b.firstTickAt = now();
      if (!b.clicks.length) b.early.push('inline script ran before consent');
      report('start', b.firstTickAt);
    }
    if (b.n === many) {
      b.manyAt = now();
      report('many', b.manyAt);
    }
  };

  /** The click that did it: the last one on Accept before `t`; and how many clicks before it were lost. */
  b.effective = (t) => {
    const before = b.clicks.filter((c) => c <= t);
    return before.length ? { at: before[before.length - 1], lost: before.length - 1 } : null;
  };

  if (!accept) return;

  /** The Accept button: light DOM first, then the open shadow roots of <body>'s children. */
  const find = () => {
    const roots = [document];
    if (document.body) for (const el of document.body.children) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      for (const el of root.querySelectorAll(accept.css)) {
        if (!accept.text || el.textContent.trim() === accept.text) return el;
      }
    }
    return null;
  };
  /** Visible as a person sees it: a box, not `visibility: hidden`, not fully transparent. */
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      ? r
      : null;
  };
  /** The element under a point, through open shadow roots. */
  const hit = (x, y) => {
    let t = document.elementFromPoint(x, y);
    while (t && t.shadowRoot) {
      const inner = t.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === t) break;
      t = inner;
    }
    return t;
  };

  /** The focused element, through open shadow roots. */
  const focused = () => {
    let f = document.activeElement;
    while (f && f.shadowRoot && f.shadowRoot.activeElement) f = f.shadowRoot.activeElement;
    return f;
  };
  /**
   * What changes when a library takes a click in hand: the button moves, fades or goes, or
   * something opens over it or takes the focus (a preferences dialog).
   */
  const look = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const top = hit(r.left + r.width / 2, r.top + r.height / 2);
    const onTop = !!top && (top === el || el.contains(top));
    return (
      [el.isConnected, r.x, r.y, r.width, r.height, cs.opacity, visible(el) !== null, onTop].join() +
      (focused() === el || focused() === document.body ? '' : 'moved')
    );
  };
  addEventListener(
    'click',
    (e) => {
      // Every click on the button counts: a banner can show before it works, and a click then is
      // lost. Capturing on window runs before the library's own listeners.
      if (!b.button || !e.composedPath().includes(b.button)) return;
      b.clicks.push(now());
      report('click', b.clicks.length);
      const before = look(b.button);
      const { gatedAt, n } = b;
      const at = now();
      const watch = () => {
        if (look(b.button) !== before || b.gatedAt !== gatedAt || b.n !== n) report('verdict', 'taken');
        else if (now() - at > 150) report('verdict', 'ignored');
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    true,
  );

  // Checked once a frame, like Playwright's actionability checks: first visible, then stable
  // (the same box two frames running) and on top, then its centre is reported for the click.
  let last = null;
  const frame = () => {
    const el = find();
    const r = el && visible(el);
    if (r) {
      if (b.visibleAt === null) b.visibleAt = now();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const t = hit(x, y);
      if (last && last.x === x && last.y === y && last.w === r.width && t && (t === el || el.contains(t))) {
        b.button = el;
        b.stableAt = now();
        report('ready', { x, y });
        return;
      }
      last = { x, y, w: r.width };
    } else {
      last = null;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  /** Whether the button is still there to click (a handled click usually hides the banner). */
  b.present = () => !!(b.button && b.button.isConnected && visible(b.button));
  // Asked again by node when a click missed (the banner moved between the report and the click).
  b.rearm = () => {
    last = null;
    requestAnimationFrame(frame);
  };
}
