// A plain node:http site: it reads the visitor's decision from the request's Cookie header with
// cookiegate/server and leaves the analytics tag out of the HTML until analytics is granted. The
// banner is the one script tag, served from the installed package.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConsent } from 'cookiegate/server';

const config = JSON.parse(readFileSync(new URL('./consent-config.json', import.meta.url), 'utf8'));
const bundle = readFileSync(fileURLToPath(import.meta.resolve('cookiegate/cookiegate.js')), 'utf8');
const ANALYTICS_TAG = '<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE123"></script>';

/** The config as the one tag reads it; `<` escaped so that no value can close the script element. */
const configScript = `<script type="application/json" id="cookiegate-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;

function page(analytics) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cookiegate on the server</title>
${configScript}
<script src="/cookiegate.js"></script>
${analytics ? ANALYTICS_TAG : ''}
</head>
<body>
<main>
<h1>Server-rendered page</h1>
<p id="analytics-state">Analytics ${analytics ? 'on' : 'off'}</p>
<p><a href="/" data-cookiegate="preferences">Cookie settings</a></p>
</main>
</body>
</html>`;
}

const server = createServer((request, response) => {
  if (request.url === '/cookiegate.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    response.end(bundle);
    return;
  }
  if (request.url !== '/' && !request.url?.startsWith('/?')) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
    return;
  }
  // No decision, a refusal, or a broken cookie: no analytics tag at all (nothing to gate in the browser).
  const { has } = readConsent(request.headers.cookie, config);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(page(has('analytics')));
});

server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`listening on http://localhost:${server.address().port}`);
});
