/**
 * Whether the browser sends a Global Privacy Control signal (W3C GPC draft, `navigator.
 * globalPrivacyControl`). It refuses sale and sharing; it is never read as consent to anything.
 */
export function hasGpcSignal(
  nav: Navigator | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): boolean {
  return (nav as (Navigator & { globalPrivacyControl?: unknown }) | undefined)?.globalPrivacyControl === true;
}
