// The bundle for a script tag, and the npm build as an app's bundler packs it, on a page served with a strict
// Content-Security-Policy (no inline script or style, no eval): the elements render (the chart, the
// static drawings of presentation mode, the map) and no violation is reported.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from '../../scripts/find-browser.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script type="module" src="${script}"></script></head>
<body><policy-atlas date="2014-07-01" selected="joint-plan-2015"></policy-atlas>
<policy-timeline presentation step="12"></policy-timeline><competence-map presentation step="1"></competence-map></body></html>`;
const PAGES = {
  '/csp.html': page('/dist/policy-atlas.bundle.js'),
  // The npm build (dist/*.js, bare imports of lit and vis-timeline) bundled as an app would: split, lazy chunks kept.
  '/csp-npm.html': page('/app/define.js'),
};
let appDirectory;

let server;
let browser;
let origin;

before(async () => {
  appDirectory = await mkdtemp(join(tmpdir(), 'policy-atlas-csp-'));
  await build({ entryPoints: ['dist/define.js'], bundle: true, splitting: true, format: 'esm', outdir: appDirectory, logLevel: 'warning' });
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const headers = { 'content-security-policy': CSP };
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (PAGES[path]) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGES[path]);
      return;
    }
    try {
      const file = path.startsWith('/app/') ? join(appDirectory, normalize(path.slice(5))) : join(process.cwd(), normalize(path));
      const body = await readFile(file);
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

for (const [path, what] of [
  ['/csp.html', 'the bundle for a script tag'],
  ['/csp-npm.html', 'the npm build, bundled by an app'],
]) {
  test(`${what} renders every element under a strict CSP, with no violation`, async () => {
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
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => {
      const atlas = document.querySelector('policy-atlas');
      const timeline = atlas?.shadowRoot?.querySelector('policy-timeline');
      const map = atlas?.shadowRoot?.querySelector('competence-map');
      const drawings = [...document.querySelectorAll('body > [presentation]')].map((element) => element.shadowRoot?.querySelector('svg.static-view'));
      return timeline?.shadowRoot?.querySelector('.vis-item') && map?.shadowRoot?.querySelector('td.cell') && drawings.every(Boolean);
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
}
