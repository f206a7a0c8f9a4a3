// One sample: one page in a fresh browser (a new profile), measured by the probe inside the page;
// the heap is read over the DevTools protocol once the page is interactive.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../find-browser.js';
import { median } from './report.js';

/** The map's date changes per sample; their median is the sample's figure. */
export const DATE_CHANGES = 10;

/**
 * How long a new browser rests on a blank page before the measured load. Headless Chromium spends
 * its first second or two loading its own interface pages (hundreds of files, on both cores and the
 * same network service): a page loaded meanwhile measured that start-up, not itself (localhost
 * fetches of 60-320 ms instead of 5-30 ms). A reader's browser is already running.
 */
export const SETTLE_MS = 2500;

/**
 * @typedef {object} Sample
 * @property {number} firstContent  ms from navigation start to the first frame with content
 * @property {number} interactive   ms from navigation start to the first interactive frame
 * @property {number} longTasks     long tasks (> 50 ms) before interactive
 * @property {number} longTaskMs    their total duration
 * @property {number} heap          bytes of JS heap in use after a full GC, at interactive
 * @property {string[]} scripts     names of the script files the page fetched by then
 * @property {number | null} [zoom] ms from setting a two-year window to the settled frame (timelines)
 * @property {number | null} [pan]  the same for a one-year shift of that window
 * @property {number} [dateChange]  median ms of the map's date changes (the map)
 * @property {number[]} [dateChanges] each of them
 */

/**
 * @param {string} executablePath
 * @param {string} url
 * @param {import('./pages.js').Kind} kind
 * @returns {Promise<Sample>}
 */
export async function runSample(executablePath, url, kind) {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('about:blank');
    await page.waitForTimeout(SETTLE_MS);
    // An uncaught error in the page makes its figures meaningless (and may keep it from ever being
    // interactive): it ends the sample at once.
    let fail;
    const failure = new Promise((_, reject) => (fail = reject));
    page.on('pageerror', (error) => fail(new Error(`${url}: ${error.message}`)));
    const unlessFailed = (promise) => Promise.race([promise, failure]);

    await unlessFailed(page.goto(url, { waitUntil: 'domcontentloaded' }));
    const { problems, ...load } = await unlessFailed(page.evaluate('window.__bench.ready'));
    if (problems.length > 0) throw new Error(`${url}: the data has problems, so the page shows less than it should:\n${problems.slice(0, 5).join('\n')}`);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    /** @type {Sample} */
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop())
        .filter((name) => name.endsWith('.js')),
    );
    const sample = { ...load, heap: usedSize, scripts };

    if (kind === 'plain' || kind === 'timeline') Object.assign(sample, await unlessFailed(page.evaluate('window.__bench.zoomPan()')));
    if (kind === 'map') {
      const times = await unlessFailed(page.evaluate(`window.__bench.dateChanges(${DATE_CHANGES})`));
      Object.assign(sample, { dateChange: median(times), dateChanges: times });
    }
    return sample;
  } finally {
    await browser.close();
  }
}
