// Screenshots every story of a running Storybook (default http://localhost:6006) into screenshots/,
// so the stories can be looked at and judged. Usage: npm run screenshots [-- --url URL] [-- story-id ...]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.js';

const args = process.argv.slice(2);
const urlFlag = args.indexOf('--url');
const base = urlFlag >= 0 ? args[urlFlag + 1] : 'http://localhost:6006';
const wanted = args.filter((arg, index) => !arg.startsWith("--") && (urlFlag < 0 || index !== urlFlag + 1));

const index = await (await fetch(`${base}/index.json`)).json();
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (wanted.length === 0 || wanted.includes(entry.id)),
);

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
page.on('pageerror', (error) => console.error(`page error in ${page.url()}: ${error.message}`));
for (const story of stories) {
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  // Runs in the page.
  /* global document */
  await page.waitForFunction(() => {
    // The innermost element that draws: a timeline (alone or in an atlas) or a map.
    const host = document.querySelector('policy-timeline, competence-map, policy-atlas');
    const root = host?.localName === 'policy-atlas' ? host.shadowRoot?.querySelector('policy-timeline')?.shadowRoot : host?.shadowRoot;
    return root && (root.querySelector('.vis-item, table, .problems') || root.querySelector('.message:not(:empty)'));
  });
  await page.waitForTimeout(600);
  const path = `screenshots/${story.id}.png`;
  await page.locator('#storybook-root').screenshot({ path });
  console.log(path);
}
await browser.close();
