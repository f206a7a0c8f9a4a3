import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireBrowser } from './scripts/find-browser.js';

/**
 * vis-timeline's esnext build imports its dependencies bare, some of them CommonJS (xss, Hammer,
 * component-emitter), which a browser cannot load unbundled: the test server serves vis-timeline,
 * vis-data and moment as one ES module, bundled once by esbuild, as a bundler would.
 */
const VIS_MODULE = '/__vis-timeline.js';
const VIS_SOURCES = new Set(['vis-timeline/esnext', 'vis-data/esnext', 'moment']);
let visBundle;
const visAsModule = {
  name: 'vis-as-module',
  resolveImport({ source }) {
    if (VIS_SOURCES.has(source)) return VIS_MODULE;
  },
  async serve(context) {
    if (context.path !== VIS_MODULE) return undefined;
    visBundle ??= build({
      stdin: {
        contents: "export { Timeline, timeline } from 'vis-timeline/esnext'; export { DataSet } from 'vis-data/esnext'; export { default } from 'moment';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0].text);
    return { body: await visBundle, type: 'js' };
  },
};

/** Bundlers turn `import('x.json')` into a module; unbundled, a module request for JSON gets one too. */
const jsonAsModule = {
  name: 'json-as-module',
  transformCacheKey: (context) => context.get('sec-fetch-dest'),
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    }
  },
};

/** `/__slow/<ms>/<path>` answers `<path>` after a delay: lets tests race two requests. */
const slowRoute = async (context, next) => {
  const match = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
    context.path = match[2];
  }
  return next();
};

/**
 * Faults for the load tests: `/__status/<code>/<path>` answers that status; `/__html/<path>` an HTML
 * page, as a login or error page would; `/__flaky/<key>/<path>` fails the first request for a key
 * with 503, then serves the file.
 */
const flakyKeys = new Set();
const faultRoutes = async (context, next) => {
  const status = /^\/__status\/(\d{3})\//.exec(context.path);
  if (status) {
    context.status = Number(status[1]);
    context.body = 'fault';
    return;
  }
  if (context.path.startsWith('/__html/')) {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Sign in</title><p>Please sign in.</p>';
    return;
  }
  const flaky = /^\/__flaky\/([\w-]+)(\/.*)$/.exec(context.path);
  if (flaky) {
    if (!flakyKeys.has(flaky[1])) {
      flakyKeys.add(flaky[1]);
      context.status = 503;
      context.body = 'busy';
      return;
    }
    context.path = flaky[2];
  }
  return next();
};

/** The same JSON URL answers a module request and a fetch differently: say so to the browser's cache. */
const varyJsonByDestination = async (context, next) => {
  await next();
  if (context.path.endsWith('.json')) context.set('Vary', 'Sec-Fetch-Dest');
};

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: forced colours (Windows high contrast),
 * which the stock emulate-media command does not cover, through the DevTools protocol.
 */
const devtoolsSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // One DevTools session per page, kept: the emulation lasts as long as its session.
    if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
    const client = devtoolsSessions.get(page);
    await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
    return true;
  },
};

// expose-gc: the lifecycle tests measure the heap after a real garbage collection.
const launchOptions = { executablePath: requireBrowser(), headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] };
/** Headless Chromium hides scrollbars unless told not to: this group sees them as Windows and most Linux desktops do. */
const CLASSIC_SCROLLBARS = 'tests/classic-scrollbars.test.ts';

export default {
  middleware: [varyJsonByDestination, slowRoute, faultRoutes],
  files: ['tests/**/*.test.ts', `!${CLASSIC_SCROLLBARS}`],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, and the chart draws on frames.
  concurrency: 1,
  testsFinishTimeout: 300000,
  // A skipped or focused test fails the run: a test that does not run cannot fail.
  testFramework: { config: { timeout: 10000, forbidOnly: true, forbidPending: true } },
  plugins: [forcedColorsCommand, visAsModule, jsonAsModule, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions })],
  groups: [
    {
      name: 'classic-scrollbars',
      files: CLASSIC_SCROLLBARS,
      browsers: [chromeLauncher({ launchOptions: { ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } })],
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"></head><body>
<script type="module" src="${testFramework}"></script></body></html>`,
};
