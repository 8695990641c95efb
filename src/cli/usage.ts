// The text of `cookiegate --help` and of every usage error.

/** Printed by `--help` and after a usage error. */
export const USAGE = `Usage: cookiegate audit <url…> [options]
       cookiegate scan <url> [options]
       cookiegate check <config.json|page.html> [--json]

audit   Visits each URL in Chromium three times (no decision, "Accept all", "Reject all") and checks
        what the site really stores and requests against its cookie declaration.
scan    Visits a site as a visitor who accepts everything, records its cookies, storage and
        third-party scripts and iframes, and writes a starter config.
check   Validates a config file, or the #cookiegate-config inside a page, as the browser would.

Options of audit:
  --config <file>        the cookiegate config (JSON); default: the page's #cookiegate-config
  --json <file>          also write a machine-readable report
  --allow-undeclared     after "Accept all", report undeclared, over-long or off-domain cookies
                         without failing
Options of scan:
  --pages <n>            visit at most n pages of the site (default 10): links, then /sitemap.xml
  --out <file>           write the starter config there
  --json <file>          also write a machine-readable scan report
Options of audit and scan:
  --timeout <seconds>    per page load and settle (default 15)
  --host-map <host=ip>   resolve a host name to an address inside Chromium, e.g. for a staging
                         server: --host-map "www.example.org.uk=127.0.0.1"; "*.example.com=…"
                         maps subdomains; repeat or separate with commas
Options of check:
  --json                 print the result as JSON on stdout
Everywhere:
  --no-color             plain output (also when NO_COLOR is set or the output is not a terminal)
  -h, --help             this text

Environment:
  CHROMIUM_PATH          the Chromium or Chrome binary (default /usr/bin/chromium)
  COOKIEGATE_HOST_MAP    host=ip pairs, as --host-map

Exit codes: 0 no violation (check: valid, warnings allowed), 1 violations found (check: errors),
2 usage or environment error (check: the file cannot be read).
audit and scan need playwright-core (npm install --save-dev playwright-core); they never download a browser.`;
