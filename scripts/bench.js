// `npm run bench`: policy-atlas against plain vis-timeline on the same data (issue 6). Builds the pages
// with esbuild into a temp directory, serves them from 127.0.0.1, loads each in a fresh headless
// Chromium round after round (A B, then B A, ...), and writes a table to stdout and BENCHMARKS.md and
// BENCHMARKS.json. Benchmarks are not tests: nothing here fails on a slow figure.
import { chromium } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEntries, buildBundle } from './bench/build.js';
import { generateDataset } from './bench/dataset.js';
import { pageHtml } from './bench/pages.js';
import { analysisSection, checkTargets, PAGE_LABELS, renderMarkdown, renderText, summarize } from './bench/report.js';
import { DATE_CHANGES, runSample, SETTLE_MS } from './bench/sample.js';
import { serve } from './bench/server.js';
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.js';

const USAGE = `Usage: node scripts/bench.js [--smoke] [--runs N] [--sizes 200,2000,10000] [--out DIR]

  --smoke        one round of the Belgian pages and of 200 events (for CI: well under a minute)
  --runs N       rounds per group (default: Belgian data 5, up to 200 events 5, up to 2,000 3, more 2)
  --sizes LIST   generated dataset sizes, comma-separated (default 200,2000,10000)
  --out DIR      where to write BENCHMARKS.md and BENCHMARKS.json (default: the repository)`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        smoke: { type: 'boolean', default: false },
        runs: { type: 'string' },
        sizes: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usage(error.message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (text) => (/^[1-9]\d*$/.test(text.trim()) ? Number(text) : usage(`not a positive whole number: ${text}`));
  const runs = values.smoke ? 1 : values.runs === undefined ? undefined : positive(values.runs);
  const sizes = values.smoke ? [200] : (values.sizes ?? '200,2000,10000').split(',').map(positive);
  return { smoke: values.smoke, runs, sizes: [...new Set(sizes)].sort((a, b) => a - b), out: resolve(values.out ?? root) };
}

function usage(problem) {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

/** Fewer rounds where a sample takes long: vis-timeline needs seconds per page at 10,000 events. */
const defaultRounds = (events) => (events === undefined || events <= 200 ? 5 : events <= 2000 ? 3 : 2);

function machine(chromiumVersion) {
  const release = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.machine()})`,
    node: process.version,
    chromium: `Chromium ${chromiumVersion}`,
  };
}

/**
 * One load that is not recorded: the first sample would otherwise pay alone for cold caches (the
 * browser's files, the server's first request).
 * @returns {Promise<string>} the browser's version
 */
async function warmUp(executablePath, url) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.evaluate('window.__bench.ready');
    return browser.version();
  } finally {
    await browser.close();
  }
}

/**
 * The image a page would put in `<policy-timeline>`'s placeholder slot: the element's own `toSVG()`
 * of the Belgian view, made in the benchmark's viewport so it is as wide as the element, with the
 * slot attribute written in (scripts/bench/pages.js pastes it inline).
 */
async function placeholderSvg(executablePath, url) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.evaluate('window.__bench.ready');
    const svg = await page.evaluate("document.querySelector('policy-timeline').toSVG()");
    return svg.replace(/^<svg /, '<svg slot="placeholder" ');
  } finally {
    await browser.close();
  }
}

async function main() {
  const settings = options();
  const started = Date.now();
  const executablePath = requireBrowser();
  const work = mkdtempSync(join(os.tmpdir(), 'policy-atlas-bench-'));
  try {
    // Everything a page loads lives in one temp directory: builds, data and the pages themselves.
    for (const dir of ['build', 'data', 'pages']) mkdirSync(join(work, dir));
    const entries = await buildEntries(root, join(work, 'build'));
    const bundle = await buildBundle(root, join(work, 'bundle'));
    const sizes = { entries, bundle };

    copyFileSync(join(root, 'data/belgium.json'), join(work, 'data/belgium.json'));
    const belgianEvents = JSON.parse(readFileSync(join(root, 'data/belgium.json'), 'utf8')).events.length;
    const groups = [
      { id: 'belgium', label: `Belgian data (${belgianEvents} events)`, rounds: settings.runs ?? defaultRounds(), kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
      ...settings.sizes.map((events) => ({
        id: String(events),
        label: `${events.toLocaleString('en')} generated events`,
        rounds: settings.runs ?? defaultRounds(events),
        kinds: ['plain', 'timeline'],
        events,
        src: `/data/generated-${events}.json`,
      })),
    ].map((group) => ({ ...group, pages: group.kinds.map((kind) => ({ name: `${kind}-${group.id}`, kind })) }));
    for (const group of groups) {
      if (group.events) writeFileSync(join(work, group.src), JSON.stringify(generateDataset(group.events)));
      for (const page of group.pages) if (page.kind !== 'placeholder') writeFileSync(join(work, `pages/${page.name}.html`), pageHtml(page.kind, group.src));
    }

    const server = await serve(work);
    const samples = [];
    let chromiumVersion;
    try {
      const placeholder = await placeholderSvg(executablePath, `${server.origin}/pages/timeline-belgium.html`);
      writeFileSync(join(work, 'pages/placeholder-belgium.html'), pageHtml('placeholder', undefined, placeholder));
      chromiumVersion = await warmUp(executablePath, `${server.origin}/pages/${groups[0].pages[0].name}.html`);
      for (const group of groups) {
        for (let round = 0; round < group.rounds; round += 1) {
          // A B, then B A: no page is always first (cold disk, CPU boost) or always last.
          const order = round % 2 === 0 ? group.pages : group.pages.toReversed();
          for (const [position, page] of order.entries()) {
            const sample = await runSample(executablePath, `${server.origin}/pages/${page.name}.html`, page.kind);
            samples.push({ group: group.id, round, position, page: page.name, kind: page.kind, ...sample });
            console.error(
              `[${group.id} ${round + 1}/${group.rounds}] ${PAGE_LABELS[page.kind]}: first content ${Math.round(sample.firstContent)} ms, interactive ${Math.round(sample.interactive)} ms`,
            );
          }
        }
      }
    } finally {
      await server.close();
    }

    const summary = summarize(groups, samples);
    const targets = checkTargets(summary, sizes, samples);
    const result = {
      date: new Date().toISOString(),
      machine: machine(chromiumVersion),
      settings: {
        smoke: settings.smoke,
        sizes: settings.sizes,
        rounds: Object.fromEntries(groups.map((group) => [group.id, group.rounds])),
        viewport: '1280x800',
        reducedMotion: true,
        dateChanges: DATE_CHANGES,
        settleMs: SETTLE_MS,
        baseline: 'vis-timeline/standalone',
        visTimeline: JSON.parse(readFileSync(join(root, 'node_modules/vis-timeline/package.json'), 'utf8')).version,
        minutes: Math.round((Date.now() - started) / 6000) / 10,
      },
      summary,
      targets,
      sizes,
      samples,
    };
    console.log(renderText(result));
    mkdirSync(settings.out, { recursive: true });
    const markdownPath = join(settings.out, 'BENCHMARKS.md');
    const analysis = analysisSection(existsSync(markdownPath) ? readFileSync(markdownPath, 'utf8') : undefined);
    writeFileSync(join(settings.out, 'BENCHMARKS.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(markdownPath, renderMarkdown(result, analysis));
    console.error(`Wrote ${join(settings.out, 'BENCHMARKS.md')} and BENCHMARKS.json (${result.settings.minutes} min).`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
