// Equivalent pages for cookiegate and its peers: the same article, two categories (strictly
// necessary, analytics), English texts, one gated external analytics script, each library installed
// as its documentation says and configured to gate that script until the visitor accepts.
// A library that cannot gate by markup gets the smallest glue a site owner would write (noted).
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NM = `${ROOT}node_modules/`;

/** How many gated inline scripts the `many` variant holds. */
export const MANY = 500;

const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The external gated script, on a second host name. */
const analyticsUrl = (port) => `http://analytics.example.com:${port}/analytics.js`;
/** Each gated inline script of the `many` variant counts itself. */
const TICK = '__bench.tick()';

const TEXT = {
  title: 'We use cookies',
  description:
    'We use strictly necessary cookies to run this site, and, with your consent, analytics cookies to learn how visitors use it.',
  accept: 'Accept all',
  reject: 'Reject all',
  manage: 'Manage preferences',
  necessary: 'Strictly necessary',
  necessaryDescription: 'Needed for the site to work. They cannot be switched off.',
  analytics: 'Analytics',
  analyticsDescription: 'Google Analytics: used to collect information about how visitors use our site.',
};

/**
 * The glue a site owner writes when a library has no markup gating: activate the page's
 * `type="text/plain" data-category="analytics"` scripts from the library's consent callback.
 */
export const GLUE = `function benchActivate(){var l=document.querySelectorAll('script[type="text/plain"][data-category="analytics"]');for(var i=0;i<l.length;i++){var o=l[i],s=document.createElement('script'),u=o.getAttribute('data-src');if(u)s.src=u;else s.text=o.text;o.parentNode.replaceChild(s,o)}}`;

/** vanilla-cookieconsent's and cookiegate's markup (cookiegate copied it on purpose). */
const categoryMarkup = {
  external: (src) => `<script type="text/plain" data-category="analytics" data-src="${src}"></script>`,
  inline: (code) => `<script type="text/plain" data-category="analytics">${code}</script>`,
};

/**
 * @typedef {object} Library
 * @property {string} name          key, URL segment and table column
 * @property {string} label         as printed in tables
 * @property {string} version
 * @property {Record<string,string>} mounts  URL prefix → directory served
 * @property {{css: string, text?: string} | null} accept  the Accept button: CSS (pierces open shadow roots) and exact text
 * @property {{css: string, text?: string} | null} [reject]  the Reject button, the same way (phone profile)
 * @property {{css: string, text?: string} | null} [preferences]  the button that opens the preferences (phone profile)
 * @property {string[]} [profiles]  the profiles it runs in (default: all)
 * @property {string} gating        how the gated script is declared
 * @property {boolean} glue         gating needs code the site owner writes (GLUE)
 * @property {(port: number) => { head?: string, end: string, inline: string }} install  markup: `end` goes last in <body>; `inline` is the config/glue part of it
 * @property {{ external: (src: string) => string, inline: (code: string) => string }} markup
 */

/** @type {Library[]} */
export const LIBRARIES = [
  {
    name: 'baseline',
    label: 'no consent library',
    version: '',
    mounts: {},
    accept: null,
    gating: 'none: the analytics script runs at once',
    glue: false,
    install: () => ({ end: '', inline: '' }),
    markup: {
      external: (src) => `<script src="${src}"></script>`,
      inline: (code) => `<script>${code}</script>`,
    },
  },
  {
    name: 'cookiegate',
    label: 'cookiegate',
    version: 'dist/',
    mounts: { '/lib/cookiegate/': `${ROOT}dist/` },
    accept: { css: 'button', text: TEXT.accept },
    reject: { css: 'button', text: TEXT.reject },
    preferences: { css: 'button', text: TEXT.manage },
    gating: 'markup',
    glue: false,
    install: () => {
      const config = {
        revision: '2021-03-01',
        policyUrl: '/privacy',
        categories: {
          necessary: { required: true, title: TEXT.necessary, description: TEXT.necessaryDescription },
          analytics: { title: TEXT.analytics, description: TEXT.analyticsDescription },
        },
        cookies: [
          {
            name: 'has_js',
            category: 'necessary',
            provider: 'This site',
            purpose: 'An on/off flag that denotes whether or not the browser supports Javascript',
            expires: 'session',
          },
          {
            name: '_ga',
            pattern: '_ga(_.*)?',
            category: 'analytics',
            provider: 'Google',
            purpose: 'Used to collect information about how visitors use our site',
            expires: '2 years',
          },
        ],
      };
      const inline = `<script type="application/json" id="cookiegate-config">${json(config)}</script>`;
      return { inline, end: `${inline}\n<script src="/lib/cookiegate/cookiegate.js"></script>` };
    },
    markup: categoryMarkup,
  },
];
LIBRARIES.push({
  // The phone profile's second cookiegate: config and tag first in <head>, synchronous, the
  // placement DESIGN.md recommends (and autoBlock needs); the goals' "within one frame of FCP" is
  // about this one. The other contenders load at the end of <body>.
  ...LIBRARIES[1],
  name: 'cookiegate-head',
  label: 'cookiegate, tag in <head>',
  profiles: ['phone'],
  install: (port) => {
    const { inline, end } = LIBRARIES[1].install(port);
    return { inline, head: end, end: '' };
  },
});
LIBRARIES.push(
  ...[
    {
      name: 'vanilla-cookieconsent',
      label: 'vanilla-cookieconsent',
      version: '3.1.0',
      mounts: { '/lib/vanilla-cookieconsent/': `${NM}vanilla-cookieconsent/dist/` },
      accept: { css: '#cc-main .cm__btn[data-role="all"]' },
      reject: { css: '#cc-main .cm__btn[data-role="necessary"]' },
      preferences: { css: '#cc-main .cm__btn[data-role="show"]' },
      gating: 'markup',
      glue: false,
      install: () => {
        const config = {
          // Its default hides the banner from `navigator.webdriver`, which an automated browser sets.
          hideFromBots: false,
          categories: {
            necessary: { enabled: true, readOnly: true },
            analytics: { autoClear: { cookies: [{ name: '^_ga' }] } },
          },
          language: {
            default: 'en',
            translations: {
              en: {
                consentModal: {
                  title: TEXT.title,
                  description: TEXT.description,
                  acceptAllBtn: TEXT.accept,
                  acceptNecessaryBtn: TEXT.reject,
                  showPreferencesBtn: TEXT.manage,
                  footer: '<a href="/privacy">Privacy policy</a>',
                },
                preferencesModal: {
                  title: 'Cookie preferences',
                  acceptAllBtn: TEXT.accept,
                  acceptNecessaryBtn: TEXT.reject,
                  savePreferencesBtn: 'Save preferences',
                  closeIconLabel: 'Close',
                  sections: [
                    { title: TEXT.necessary, description: TEXT.necessaryDescription, linkedCategory: 'necessary' },
                    {
                      title: TEXT.analytics,
                      description: TEXT.analyticsDescription,
                      linkedCategory: 'analytics',
                      cookieTable: {
                        headers: { name: 'Cookie', expires: 'Expires' },
                        body: [{ name: '_ga', expires: '2 years' }],
                      },
                    },
                  ],
                },
              },
            },
          },
        };
        const inline = `<script>CookieConsent.run(${json(config)});</script>`;
        return {
          head: '<link rel="stylesheet" href="/lib/vanilla-cookieconsent/cookieconsent.css">',
          inline,
          end: `<script src="/lib/vanilla-cookieconsent/cookieconsent.umd.js"></script>\n${inline}`,
        };
      },
      markup: categoryMarkup,
    },
    {
      name: 'klaro',
      label: 'klaro',
      version: '0.7.22',
      mounts: { '/lib/klaro/': `${NM}klaro/dist/` },
      accept: { css: '.klaro .cookie-notice .cm-btn-success' },
      reject: { css: '.klaro .cookie-notice .cn-decline' },
      preferences: { css: '.klaro .cookie-notice .cn-learn-more' },
      gating: 'markup, per service',
      glue: false,
      install: () => {
        const config = {
          version: 1,
          elementID: 'klaro',
          storageMethod: 'cookie',
          cookieName: 'klaro',
          lang: 'en',
          default: false,
          mustConsent: false,
          acceptAll: true,
          hideDeclineAll: false,
          hideLearnMore: false,
          translations: {
            en: {
              privacyPolicyUrl: '/privacy',
              acceptAll: TEXT.accept,
              decline: TEXT.reject,
              consentNotice: { title: TEXT.title, description: TEXT.description, learnMore: TEXT.manage },
              purposes: {
                necessary: { title: TEXT.necessary, description: TEXT.necessaryDescription },
                analytics: { title: TEXT.analytics, description: TEXT.analyticsDescription },
              },
              session: { title: 'Session', description: TEXT.necessaryDescription },
              analytics: { title: 'Google Analytics', description: TEXT.analyticsDescription },
            },
          },
          services: [
            { name: 'session', purposes: ['necessary'], required: true, cookies: ['has_js'] },
            { name: 'analytics', purposes: ['analytics'], cookies: ['_ga'] },
          ],
        };
        const inline = `<script>window.klaroConfig=${json(config)};</script>`;
        // klaro.js carries its CSS and translations; `defer` as its README installs it.
        return { inline, end: `${inline}\n<script defer src="/lib/klaro/klaro.js"></script>` };
      },
      markup: {
        external: (src) =>
          `<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="${src}"></script>`,
        inline: (code) =>
          `<script type="text/plain" data-type="text/javascript" data-name="analytics">${code}</script>`,
      },
    },
    {
      name: 'osano',
      label: 'cookieconsent (Osano)',
      version: '3.1.1',
      mounts: { '/lib/osano/': `${NM}cookieconsent/build/` },
      accept: { css: '.cc-window .cc-allow' },
      reject: { css: '.cc-window .cc-deny' },
      // One allow/deny, no categories: nothing to open.
      preferences: null,
      // No gating and no categories built in (one allow/deny): the glue runs from its callbacks.
      gating: 'site-owner glue (none built in)',
      glue: true,
      install: () => {
        // Its documented snippet initialises on window `load`; here it runs as soon as the script
        // is parsed (end of <body>), which only helps it.
        const inline = `<script>${GLUE}
window.cookieconsent.initialise({type:'opt-in',revokable:true,palette:{popup:{background:'#222'},button:{background:'#fff',text:'#222'}},
content:{message:${json(TEXT.description)},allow:${json(TEXT.accept)},deny:${json(TEXT.reject)},link:'Privacy policy',href:'/privacy'},
onInitialise:function(){if(this.hasConsented())benchActivate()},
onStatusChange:function(){if(this.hasConsented())benchActivate()}});</script>`;
        return {
          head: '<link rel="stylesheet" href="/lib/osano/cookieconsent.min.css">',
          inline,
          end: `<script src="/lib/osano/cookieconsent.min.js"></script>\n${inline}`,
        };
      },
      markup: categoryMarkup,
    },
    {
      name: 'tarteaucitron',
      label: 'tarteaucitron',
      version: '1.34.0',
      mounts: { '/lib/tarteaucitron/': `${NM}tarteaucitronjs/` },
      accept: { css: '#tarteaucitronPersonalize2' },
      reject: { css: '#tarteaucitronAllDenied2' },
      preferences: { css: '#tarteaucitronCloseAlert' },
      // Gates services, not markup: a custom service whose `js()` runs the glue.
      gating: 'site-owner glue in a custom service',
      glue: true,
      install: () => {
        // The minified build, so that it also loads the minified language, services and CSS files.
        const pre = `<script>var tarteaucitronForceLanguage='en';</script>`;
        const inline = `<script>${GLUE}
tarteaucitron.init({privacyUrl:'/privacy',orientation:'bottom',bodyPosition:'bottom',highPrivacy:true,DenyAllCta:true,AcceptAllCta:true,showIcon:true,mandatory:true,mandatoryCta:true,useExternalCss:false,useExternalJs:false,googleConsentMode:false,bingConsentMode:false,pianoConsentMode:false});
tarteaucitron.services.benchanalytics={key:'benchanalytics',type:'analytic',name:'Google Analytics',needConsent:true,cookies:['_ga'],js:function(){benchActivate()},fallback:function(){}};
(tarteaucitron.job=tarteaucitron.job||[]).push('benchanalytics');</script>`;
        return {
          inline: pre + inline,
          end: `${pre}\n<script src="/lib/tarteaucitron/tarteaucitron.min.js"></script>\n${inline}`,
        };
      },
      markup: categoryMarkup,
    },
  ],
);

const ARTICLE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}. The charity supports people and their families across the region with advice, a helpline and local groups. Donations fund the helpline, the groups and the research we publish every year.</p>`,
).join('\n');

/**
 * The page for `lib` in `variant`: `first` (one gated external script) or `many` (the same plus
 * `MANY` gated inline scripts, and no external one).
 */
export function pageFor(lib, variant, port) {
  if (variant !== 'first' && variant !== 'many') return null;
  const { head = '', end } = lib.install(port);
  const gated =
    variant === 'first'
      ? lib.markup.external(analyticsUrl(port))
      : Array.from({ length: MANY }, () => lib.markup.inline(TICK)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example Charity</title>
<style>body{font:16px/1.5 sans-serif;margin:0}header,main,footer{padding:1rem 2rem}header{background:#eee}</style>
${head}
</head><body>
<header><strong>Example Charity</strong> <nav><a href="/">Home</a> · <a href="/privacy">Privacy policy</a></nav></header>
<main><h1>Support when you need it</h1>
${ARTICLE}
</main>
<footer><a href="/privacy">Privacy policy</a></footer>
${gated}
${end}
</body></html>`;
}
