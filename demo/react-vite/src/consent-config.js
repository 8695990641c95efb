// The site's cookie registry: the same JSON-compatible config the script tag reads.
export const config = {
  revision: '2026-12-01',
  policyUrl: '/privacy',
  categories: {
    necessary: { required: true, title: 'Strictly necessary' },
    analytics: { title: 'Analytics' },
    marketing: { title: 'Marketing' },
  },
  services: {
    // The Google Analytics plugin (started by ConsentProvider by default) loads the Google tag once
    // analytics is granted, with Consent Mode v2 defaults pushed before it.
    googleAnalytics: { category: 'analytics', measurementId: 'G-EXAMPLE123' },
    youtube: { category: 'marketing', title: 'YouTube', urls: ['https://www.youtube-nocookie.com/embed/*'] },
  },
};
