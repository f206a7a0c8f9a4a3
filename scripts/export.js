// Writes an image of one element from the command line, through headless Chromium, for slides made
// in PowerPoint, Keynote or Google Slides.
//
//   npm run export -- --element competence-map --date 2014-07-01 --lang fr --out map.png
//
// Options: --element policy-timeline|competence-map (default competence-map), --date, --step,
// --start and --end (timeline window), --lang, --theme light|dark, --src dataset.json,
// --width and --height of the image in CSS pixels (default 1600x900; the picture is fitted inside),
// --scale device pixels per CSS pixel (default 1), --format png|svg (default: from --out), --out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { BUNDLE_NAME, bundleOptions } from './bundle-options.js';
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.js';

const { values: options } = parseArgs({
  options: {
    element: { type: 'string', default: 'competence-map' },
    date: { type: 'string' },
    step: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
    src: { type: 'string' },
    width: { type: 'string', default: '1600' },
    height: { type: 'string', default: '900' },
    scale: { type: 'string', default: '1' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message) {
  console.error(`export: ${message}`);
  process.exit(1);
}

if (!['policy-timeline', 'competence-map'].includes(options.element)) fail(`--element must be policy-timeline or competence-map, not "${options.element}"`);
if (!options.out) fail('--out FILE is required (a .png or .svg file)');
const format = options.format ?? (options.out.endsWith('.svg') ? 'svg' : 'png');
if (!['png', 'svg'].includes(format)) fail(`--format must be png or svg, not "${format}"`);
const [width, height, scale] = [options.width, options.height, options.scale].map(Number);
if (![width, height, scale].every((value) => Number.isFinite(value) && value > 0)) fail('--width, --height and --scale must be positive numbers');
function readDataset(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(`${file} cannot be read as JSON: ${error.message} (npx policy-atlas validate ${file} says where)`);
  }
}
const data = options.src ? readDataset(options.src) : undefined;

// The bundle (every element, the Belgian data), served to the page from dist/ as a site would, or
// built into memory when the package is not built.
const ORIGIN = 'http://policy-atlas.export';
const built = existsSync(`dist/${BUNDLE_NAME}.js`)
  ? undefined
  : new Map((await build({ ...bundleOptions('out'), legalComments: 'none', write: false })).outputFiles.map((file) => [relative(resolve('out'), file.path), file.contents]));
function bundleFile(path) {
  if (built) return built.get(path);
  const file = join('dist', path);
  return path.startsWith(BUNDLE_NAME) && existsSync(file) ? readFileSync(file) : undefined;
}

const browser = await chromium.launch({ executablePath: requireBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  page.on('pageerror', (error) => fail(`the page failed: ${error.message}`));
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    if (path === '') {
      const html = `<!doctype html><html lang="${options.lang}"><body style="margin:0"><script type="module" src="/${BUNDLE_NAME}.js"></script></body></html>`;
      return route.fulfill({ body: html, contentType: 'text/html' });
    }
    const body = bundleFile(path);
    return body ? route.fulfill({ body: Buffer.from(body), contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  const attributes = Object.fromEntries(
    Object.entries({ lang: options.lang, theme: options.theme, step: options.step, start: options.start, end: options.end, [options.element === 'competence-map' ? 'date' : 'cursor']: options.date }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  // Runs in the page.
  /* global document, customElements, Image, DOMParser */
  const result = await page.evaluate(
    async ({ tag, attributes, data, width }) => {
      await customElements.whenDefined(tag);
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      // The drawing is laid out for the image's width, less the frame's margins.
      element.style.cssText = `display: block; width: ${width - 32}px`;
      const outcome = new Promise((resolve) => {
        element.addEventListener('data-load', () => resolve(null), { once: true });
        element.addEventListener('data-error', (event) => resolve(event.detail.partial ? null : event.detail.problems), { once: true });
      });
      if (data !== undefined) element.data = data;
      document.body.append(element);
      const problems = await outcome;
      if (problems) return { problems: problems.map((problem) => `${problem.pointer || '/'}: ${problem.message}`) };
      return { svg: await element.toSVG() };
    },
    { tag: options.element, attributes, data, width },
  );
  if (result.problems) fail(`nothing can be shown:\n  ${result.problems.join('\n  ')}`);
  if (format === 'svg') {
    writeFileSync(options.out, result.svg);
  } else {
    // Fit the image into the requested size on its own background, then take the screenshot.
    await page.setContent(
      `<!doctype html><html><body style="margin:0;display:grid;place-items:center;width:${width}px;height:${height}px;overflow:hidden"></body></html>`,
    );
    await page.evaluate(async (svg) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      image.style.cssText = 'max-width: 100%; max-height: 100%';
      document.body.append(image);
      await image.decode();
      const background = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('svg > rect')?.getAttribute('fill');
      document.body.style.background = background ?? '#fff';
    }, result.svg);
    await page.screenshot({ path: options.out, clip: { x: 0, y: 0, width, height } });
  }
  console.log(`${options.out}: ${options.element}, ${format.toUpperCase()}, ${format === 'png' ? `${width * scale}x${height * scale} px` : `${result.svg.length} bytes`}`);
} finally {
  await browser.close();
}
