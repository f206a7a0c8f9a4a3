// The one-file bundle on a page served with a strict Content-Security-Policy (no inline script or
// style, no eval): the elements render and no violation is reported.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from '../../scripts/find-browser.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/dist/policy-atlas.bundle.js"></script></head>
<body><policy-atlas date="2014-07-01" selected="joint-plan-2015"></policy-atlas></body></html>`;

let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const headers = { 'content-security-policy': CSP };
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (path === '/csp.html') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    try {
      const body = await readFile(join(process.cwd(), normalize(path)));
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the bundle renders every element under a strict CSP, with no violation', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${(event.composedPath()[0]?.outerHTML ?? '').slice(0, 90)}`),
    );
  });
  await page.goto(`${origin}/csp.html`);
  await page.waitForFunction(() => {
    const atlas = document.querySelector('policy-atlas');
    const timeline = atlas?.shadowRoot?.querySelector('policy-timeline');
    const map = atlas?.shadowRoot?.querySelector('competence-map');
    return timeline?.shadowRoot?.querySelector('.vis-item') && map?.shadowRoot?.querySelector('td.cell');
  });
  // Open a map cell too: its detail panel is rendered on demand.
  await page.evaluate(() => {
    const map = document.querySelector('policy-atlas').shadowRoot.querySelector('competence-map');
    map.shadowRoot.querySelector('td.cell.role-full').click();
  });
  await page.waitForTimeout(300);
  const { violations, marks } = await page.evaluate(() => ({
    violations: window.__violations,
    marks: document.querySelector('policy-atlas').shadowRoot.querySelector('policy-timeline').shadowRoot.querySelectorAll('.vis-item.pa-event:not(.vis-dot)').length,
  }));
  assert.equal(marks, 40);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});
