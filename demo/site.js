// The charity site's own script: strictly necessary, so it is not gated.

// Drupal core's drupal.js did exactly this on every page: a session, host-only cookie that the
// policy declares as strictly necessary (ICO: needed for the service the visitor asked for).
document.cookie = 'has_js=1; path=/';

// As Google Tag Manager's snippet does: with a dataLayer on the page, cookiegate pushes a
// `cookiegate_consent` event per decision, which the panel on the home page shows.
window.dataLayer = window.dataLayer || [];
