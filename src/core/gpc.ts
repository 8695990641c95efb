/**
 * Whether the browser sends a Global Privacy Control signal (W3C GPC draft, `navigator.
 * globalPrivacyControl`). It refuses sale and sharing; it is never read as consent to anything.
 */
export function hasGpcSignal(
  // GPC is a draft: lib.dom's Navigator has no such field, and an older browser has none.
  nav: (Navigator & { globalPrivacyControl?: unknown }) | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator,
): boolean {
  return nav?.globalPrivacyControl === true;
}
