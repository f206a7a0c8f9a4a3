import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(`http://localhost:6006/iframe.html?id=${process.argv[2]}&viewMode=story`);
await page.waitForTimeout(4000);
console.log(await page.evaluate(() => {
  const host = document.querySelector('policy-timeline');
  const r = host.shadowRoot;
  return ['.frame', '.header', '.body', '.chart', '.static-stage', 'svg.static-view', '.caption'].map((s) => { const e = s === 'host' ? host : r.querySelector(s); return s + ' ' + (e ? JSON.stringify(e.getBoundingClientRect()) + ' ' + getComputedStyle(e).display : 'none'); }).concat(['host ' + JSON.stringify(host.getBoundingClientRect())]).join('\n');
}));
await browser.close();
