// Turns the samples into figures (median, min, max), ratios to plain vis-timeline (each from one
// round, so noise shared by the two pages cancels out), the issue's targets, and the three outputs:
// a table for the terminal, BENCHMARKS.md and the summary in BENCHMARKS.json.

/** @typedef {'plain' | 'timeline' | 'placeholder' | 'map' | 'atlas'} Kind */

/** Each figure, its unit, and the kinds of page that have it. */
export const FIGURES = [
  { key: 'firstContent', label: 'first content', unit: 'ms', kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
  { key: 'interactive', label: 'interactive', unit: 'ms', kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
  { key: 'longTasks', label: 'long tasks', unit: 'count', kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
  { key: 'longTaskMs', label: 'long-task time', unit: 'ms', kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
  { key: 'heap', label: 'heap', unit: 'bytes', kinds: ['plain', 'timeline', 'placeholder', 'map', 'atlas'] },
  { key: 'zoom', label: 'zoom', unit: 'ms', kinds: ['plain', 'timeline'] },
  { key: 'pan', label: 'pan', unit: 'ms', kinds: ['plain', 'timeline'] },
  { key: 'dateChange', label: 'date change', unit: 'ms', kinds: ['map'] },
];

export const PAGE_LABELS = {
  plain: 'plain vis-timeline',
  timeline: '<policy-timeline>',
  placeholder: '<policy-timeline> with a placeholder',
  map: '<competence-map>',
  atlas: '<policy-atlas>',
};

const KB = 1024;
const MB = 1024 * 1024;

/** @param {number[]} values */
export function median(values) {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {number[]} values */
const stats = (values) => (values.length === 0 ? null : { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length });
const numbers = (values) => values.filter((value) => typeof value === 'number' && Number.isFinite(value));

/**
 * Medians per page, and per round the ratio of each page to the group's plain vis-timeline.
 * @param {{ id: string, label: string, pages: { name: string, kind: Kind }[] }[]} groups
 * @param {{ group: string, round: number, page: string }[]} samples
 */
export function summarize(groups, samples) {
  return groups.map((group) => {
    const of = (page) => samples.filter((sample) => sample.group === group.id && sample.page === page);
    const plain = group.pages.find((page) => page.kind === 'plain');
    return {
      id: group.id,
      label: group.label,
      pages: group.pages.map((page) => {
        const figures = FIGURES.filter((figure) => figure.kinds.includes(page.kind));
        const own = of(page.name);
        const ratios = page.kind === 'plain' ? {} : ratiosTo(figures, own, of(plain.name));
        return {
          name: page.name,
          kind: page.kind,
          label: PAGE_LABELS[page.kind],
          figures: Object.fromEntries(figures.map(({ key }) => [key, stats(numbers(own.map((sample) => sample[key])))])),
          ratios,
        };
      }),
    };
  });
}

function ratiosTo(figures, own, plain) {
  const entries = figures
    .filter(({ key }) => plain.some((sample) => key in sample))
    .map(({ key }) => {
      const perRound = own.flatMap((sample) => {
        const base = plain.find((candidate) => candidate.round === sample.round)?.[key];
        return typeof sample[key] === 'number' && typeof base === 'number' && base > 0 ? [sample[key] / base] : [];
      });
      return [key, stats(perRound)];
    });
  return Object.fromEntries(entries);
}

/**
 * The issue's targets, each met or missed and by how much. A target whose figure was not measured
 * in this run (a size left out) is listed as such.
 * @param {ReturnType<typeof summarize>} summary
 * @param {{ entries: Record<string, { initial: object[], lazy: object[] }>, bundle: { initial: object[], lazy: object[] } }} sizes
 * @param {{ group: string, kind: string, scripts: string[] }[]} samples
 */
export function checkTargets(summary, sizes, samples) {
  const page = (group, kind) => summary.find((candidate) => candidate.id === group)?.pages.find((candidate) => candidate.kind === kind);
  const targets = [];

  /** A ratio of the element to plain; "by" also in the figure's unit: the element's median against the limit times plain's. */
  const ratioTarget = (name, group, key, limit, kind = 'timeline') => {
    const ratio = page(group, kind)?.ratios[key]?.median;
    const element = page(group, kind)?.figures[key]?.median;
    const base = page(group, 'plain')?.figures[key]?.median;
    if (ratio === undefined || element === undefined || base === undefined) return targets.push({ name, limit: `≤ ${limit.toFixed(2)}x`, value: null, met: null, by: '' });
    const { unit } = FIGURES.find((figure) => figure.key === key);
    const met = ratio <= limit;
    targets.push({
      name,
      limit: `≤ ${limit.toFixed(2)}x`,
      value: `${ratio.toFixed(2)}x`,
      met,
      by: `${Math.abs(ratio - limit).toFixed(2)}x of plain, about ${amount(Math.abs(element - limit * base), unit)} ${met ? 'to spare' : 'over'}`,
    });
  };
  const absoluteTarget = (name, value, limit, unit) => {
    if (value === undefined) return targets.push({ name, limit: `≤ ${amount(limit, unit)}`, value: null, met: null, by: '' });
    const met = value <= limit;
    targets.push({ name, limit: `≤ ${amount(limit, unit)}`, value: amount(value, unit), met, by: `${amount(Math.abs(value - limit), unit)} ${met ? 'to spare' : 'over'}` });
  };

  ratioTarget('Belgian data: <policy-timeline> first content, against plain vis-timeline first render', 'belgium', 'firstContent', 0.25);
  ratioTarget('Belgian data: <policy-timeline> with a placeholder (its exported SVG inline) first content, against plain vis-timeline first render', 'belgium', 'firstContent', 0.25, 'placeholder');
  for (const size of ['200', '2000', '10000']) ratioTarget(`${Number(size).toLocaleString('en')} events: time to interactive`, size, 'interactive', 1.0);
  for (const group of ['belgium', '200', '2000', '10000']) {
    const label = group === 'belgium' ? 'Belgian data' : `${Number(group).toLocaleString('en')} events`;
    ratioTarget(`${label}: zoom`, group, 'zoom', 1.1);
    ratioTarget(`${label}: pan`, group, 'pan', 1.1);
  }
  absoluteTarget('Belgian data: <competence-map> date change (median)', page('belgium', 'map')?.figures.dateChange?.median, 16, 'ms');
  const bundleWithData = [...sizes.bundle.initial, ...sizes.bundle.lazy.filter((chunk) => chunk.data)];
  absoluteTarget('bundle (one script tag) with the Belgian data, gzip: its entry, static imports and data chunk', bundleWithData.reduce((sum, chunk) => sum + chunk.gzip, 0), 130 * KB, 'bytes');
  const map = sizes.entries.map;
  const mapLoads = new Set(samples.filter((sample) => sample.group === 'belgium' && sample.kind === 'map').flatMap((sample) => sample.scripts));
  const mapCode = [...map.initial, ...map.lazy].filter((chunk) => !chunk.data && mapLoads.has(chunk.file)).reduce((sum, chunk) => sum + chunk.gzip, 0);
  absoluteTarget('page with only <competence-map>: the code it loads, gzip (the data apart)', mapCode, 25 * KB, 'bytes');
  const hasVis = (chunks) => chunks.some((chunk) => chunk.from.includes('vis-timeline'));
  const upFront = hasVis(sizes.entries.timeline.initial);
  const inMap = hasVis([...map.initial, ...map.lazy]);
  targets.push({
    name: 'vis-timeline loaded lazily, only where a timeline is shown',
    limit: 'lazy; not in the map',
    value: `${upFront ? 'up front' : 'lazy'}; ${inMap ? 'in' : 'not in'} the map`,
    met: !upFront && !inMap,
    by: [upFront && 'in <policy-timeline>’s initial chunks', inMap && 'in <competence-map>’s chunks'].filter(Boolean).join('; '),
  });
  ratioTarget('10,000 events: JS heap after GC', '10000', 'heap', 1.1);
  return targets;
}

/** A number for a table: whole milliseconds from 100 on, one decimal below. */
const number = (value) => (value >= 100 ? String(Math.round(value)) : value.toFixed(1));

/** An amount with its unit: "905 ms", "12.3 s", "4.2 MB", "12.3 KB", "3". */
function amount(value, unit) {
  if (unit === 'bytes') return value >= MB ? `${(value / MB).toFixed(1)} MB` : `${(value / KB).toFixed(1)} KB`;
  if (unit === 'count') return String(Math.round(value));
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${number(value)} ms`;
}

/** A figure as "median (min–max)", without its unit (the column says it); heap in MB. */
function cell(figure, stat) {
  if (!stat) return '–';
  const format = (value) => (figure.unit === 'bytes' ? (value / MB).toFixed(1) : figure.unit === 'count' ? String(Math.round(value)) : number(value));
  return stat.n > 1 ? `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})` : format(stat.median);
}
const ratioCell = (stat) => (!stat ? '' : stat.n > 1 ? `${stat.median.toFixed(2)}x (${stat.min.toFixed(2)}–${stat.max.toFixed(2)})` : `${stat.median.toFixed(2)}x`);
const columnTitle = (figure) => `${figure.label}${figure.unit === 'bytes' ? ' MB' : figure.unit === 'ms' ? ' ms' : ''}`;

/** Rows of one group's table: each page, and under each element its ratios to plain. */
function groupRows(group) {
  const rows = [];
  for (const page of group.pages) {
    rows.push([page.label, ...FIGURES.map((figure) => cell(figure, page.figures[figure.key]))]);
    if (page.kind !== 'plain') rows.push(['  ratio to plain', ...FIGURES.map((figure) => ratioCell(page.ratios[figure.key]))]);
  }
  return rows;
}

/** Chunks of one entry as table rows. */
function sizeRows(sizes) {
  const total = (chunks, key) => chunks.reduce((sum, chunk) => sum + chunk[key], 0);
  const list = (chunks) => chunks.map((chunk) => `${chunk.file} (${chunk.from.join(', ') || 'esbuild runtime'}; ${(chunk.gzip / KB).toFixed(1)} KB)`).join('; ');
  const entries = [...Object.entries(sizes.entries), ['bundle', sizes.bundle]];
  const rows = entries.map(([name, { initial, lazy }]) => [
    name === 'plain' ? 'plain vis-timeline (standalone)' : name === 'bundle' ? 'bundle for a script tag (src/define.ts)' : PAGE_LABELS[name],
    (total(initial, 'bytes') / KB).toFixed(1),
    (total(initial, 'gzip') / KB).toFixed(1),
    (total(lazy, 'bytes') / KB).toFixed(1),
    (total(lazy, 'gzip') / KB).toFixed(1),
    list(lazy) || '–',
  ]);
  return rows;
}
const SIZE_HEADER = ['entry', 'initial KB', 'initial gzip KB', 'lazy KB', 'lazy gzip KB', 'lazy chunks (gzip)'];

/** Plain-text columns for the terminal. */
function textTable(header, rows) {
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index].length)));
  const line = (row) => row.map((value, index) => value.padEnd(widths[index])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Element names in code spans, or Markdown would take them for HTML tags. */
const markdownCell = (value) => value.replaceAll('|', '\\|').replace(/^ {2}/, '↳ ').replace(/<([a-z]+-[a-z-]+)>/g, '`<$1>`');
const markdownTable = (header, rows) => [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(markdownCell).join(' | ')} |`).join('\n');

const mark = (target) => (target.met === null ? 'not measured' : target.met ? 'met' : 'missed');

/** The terminal's summary. */
export function renderText({ summary, sizes, targets }) {
  const header = ['page', ...FIGURES.map(columnTitle)];
  const groups = summary.map((group) => `${group.label}\n${textTable(header, groupRows(group))}`);
  const targetRows = targets.map((target) => [mark(target), target.name, target.value ?? '–', target.limit, target.by]);
  return [
    ...groups,
    `Sizes (minified; gzip level 9)\n${textTable(SIZE_HEADER.slice(0, 5), sizeRows(sizes).map((row) => row.slice(0, 5)))}`,
    `Targets\n${textTable(['', 'target', 'measured', 'limit', 'by'], targetRows)}`,
  ].join('\n\n');
}

/**
 * BENCHMARKS.md. `analysis` is the section "Why targets are missed" of the file being replaced, so
 * a rerun keeps what was written there.
 */
export function renderMarkdown({ date, machine, settings, summary, sizes, targets }, analysis) {
  const header = ['page', ...FIGURES.map(columnTitle)];
  const roundsLine = summary.map((group) => `${group.label}: ${settings.rounds[group.id]}`).join(', ');
  return `# Benchmarks

policy-atlas against plain vis-timeline on the same data, as issue 6 asks. Written by \`npm run bench\`
(\`node scripts/bench.js\`); every sample of the run is in \`BENCHMARKS.json\`.

## How to run

\`\`\`sh
npm run bench                        # every page, Belgian data and 200, 2,000 and 10,000 events
npm run bench -- --sizes 200,2000    # only these generated sizes (the Belgian pages always run)
npm run bench -- --runs 3            # rounds per group (default: Belgian 5, 200: 5, 2,000: 3, 10,000: 2)
npm run bench -- --smoke             # one round of the Belgian pages and 200 events (under a minute)
npm run bench -- --out DIR           # write BENCHMARKS.md and BENCHMARKS.json to DIR instead of here
\`\`\`

It finds Chromium as the tests do (\`$CHROME_PATH\`, then \`/usr/bin/chromium\`, ...), builds the pages with
esbuild into a temp directory, serves them from 127.0.0.1 and prints a table. The run below took
${settings.minutes} minutes. \`npm test\` runs the smoke into a temp directory (\`tests/node/bench.test.js\`) and
checks only that every figure was measured: no timing is ever asserted.

## How it measures

- **Each sample** is one page in a fresh headless Chromium (a new profile), 1280×800, reduced motion,
  loaded after the browser has rested ${settings.settleMs / 1000} s on a blank page: a new headless Chromium
  spends its first second or two loading its own interface pages, which slowed every fetch of a page
  loaded meanwhile (localhost requests of 60-320 ms instead of 5-30 ms).
  A round loads each page of a group once, in the order A B (even rounds) or B A (odd rounds), so the
  order alternates A B B A A B ... (the Belgian pages: plain, timeline, timeline with a placeholder, map, atlas, then the reverse);
  one unrecorded load comes first, so no sample pays alone for cold caches. A **ratio** is taken
  within one round (element ÷ plain) and the table gives the median of those ratios, which is not
  always the ratio of the medians. Figures are medians, with min–max in brackets.
- **Builds**: each page's script is built with esbuild at bench time (bundle, ESM, code splitting,
  minified), each entry on its own as in a user's app, so what the library loads lazily stays lazy:
  \`src/policy-timeline/define.ts\`, \`src/competence-map/define.ts\`, \`src/policy-atlas/define.ts\`.
- **Baseline (plain vis-timeline)**: vis-timeline ${settings.visTimeline}'s **standalone** build
  (\`import { DataSet, Timeline } from 'vis-timeline/standalone'\`, as vis-timeline's README shows
  it: vis-data and moment bundled in, its CSS injected by itself), so the baseline is one import and no
  stylesheet to add. Its page fetches the same dataset and makes one group per level, a point item
  for each event without \`end\` and a range for each with one (the same instants as the element: a
  period's first day, an end's last day inclusive), content the English title, with no \`start\`/\`end\`
  in the constructor (that path is quadratic in the items); other options are vis-timeline's defaults.
- **Data**: the Belgian pages use \`data/belgium.json\` (the elements load the copy they embed; plain
  fetches the file). Generated datasets (\`scripts/bench/dataset.js\`: seeded, so every run benches the
  same file) have N events over 1995-2024 in six lanes, a quarter of them ranges; the element loads
  them with \`src\`. A page whose data reports a problem stops the run.
- **Placeholder**: \`<policy-timeline>\` with the Belgian data and, in its \`placeholder\` slot, the
  image a page would put there: the element's own \`toSVG()\` of the same view, made at bench time in
  the same viewport and pasted inline (about 100 KB of SVG, 5 KB gzip, in the page's HTML). It is in
  the page before any script runs, as the README shows.
- **All times** are \`performance.now()\` from navigation start, read in a \`requestAnimationFrame\`
  callback, i.e. at the frame that paints it (\`scripts/bench/probe.js\`).

| figure | what it is |
| --- | --- |
| first content | First frame with something meaningful drawn. Plain: a \`.vis-item\` exists. \`<policy-timeline>\`: its shadow root has \`.static-view .static-item\` (the static first paint) or \`.vis-item\`. \`<policy-timeline>\` with a placeholder: the same, or its placeholder drawn (in the page, visible, not empty). \`<competence-map>\`: a \`table td\` (or a \`.card\`, narrow). \`<policy-atlas>\`: its timeline and its map both, by those rules. |
| interactive | First frame where the chart can be used. Plain: a \`.vis-item\` exists. \`<policy-timeline>\`, with a placeholder or not: \`.vis-item\` and no \`.static-view\` left visible. The map: as first content. The atlas: its timeline interactive and its map drawn. |
| long tasks, long-task time | Tasks over 50 ms (\`PerformanceObserver\` \`longtask\`) that started before interactive, their count and total duration up to interactive. |
| heap | JS heap in use (\`Runtime.getHeapUsage\`) right after a full GC (\`HeapProfiler.collectGarbage\`) at interactive. |
| zoom | Once interactive: the window set to 2014-01-01 – 2016-01-01 (plain: \`timeline.setWindow(start, end, { animation: false })\`; element: its \`start\`/\`end\` attributes, the end day included, so the same window), measured to the first frame after the last change to any \`.vis-item\` (moved, added, removed, relabelled), settled meaning two frames in a row with no change. The same observer and rule on both pages. |
| pan | The same, for the window shifted by one year (2015-01-01 – 2017-01-01). |
| date change | \`<competence-map>\`'s \`date\` switched between 2013-01-01 and 2015-01-01, ${settings.dateChanges} times a sample: each set in a frame's \`requestAnimationFrame\` callback and measured until that frame is rendered (style, layout, paint: a message posted after \`await updateComplete\` runs then), so a change that fits in a frame measures under 16.7 ms; the sample's median. |
| sizes | Bytes of each build's output, minified and gzipped (zlib level 9, each file on its own as a server sends it): initial = the entry and its static imports, lazy = everything it can \`import()\`. KB = 1,024 bytes. Licence comments left out (the bundle links them out too). The bundle for a script tag is \`dist/policy-atlas.bundle.js\` (\`npm run build\`): its lazy chunks are files in \`dist/policy-atlas.bundle/\`. |

## Machine and date

${date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node},
${machine.chromium}. Rounds: ${roundsLine}${settings.smoke ? ' (smoke run)' : ''}. The machine is shared and noisy: trust the ratios more than the milliseconds.

## Results

${summary.map((group) => `### ${group.label}\n\n${markdownTable(header, groupRows(group))}`).join('\n\n')}

### Sizes

${markdownTable(SIZE_HEADER, sizeRows(sizes))}

## Targets (issue 6)

A ratio target compares \`<policy-timeline>\` with plain vis-timeline on the same data (the median ratio
above); "about ... over" is the element's median less the limit times plain's median. First content
is held against plain's first render (its first \`.vis-item\`). The map-only page counts the code it
loads (the script files it fetched by the time it was drawn, in every sample: its entry, their static
imports and what it imported lazily), and leaves out the Belgian data's chunk, which alone is larger
than 25 KB gzip; code it loads only on demand (the validator for \`src\`, image export) is listed under
the sizes. The bundle for a script tag is held with the Belgian data, as the issue says: what its script
tag loads and the data chunk; vis-timeline's chunk is fetched only where a timeline is shown.

${markdownTable(['target', 'limit', 'measured', '', 'by'], targets.map((target) => [target.name, target.limit, target.value ?? '–', `**${mark(target)}**`, target.by]))}

${analysis}`;
}

/** The placeholder of the section "Why targets are missed", until someone writes the analysis. */
export const PENDING_ANALYSIS = `## Why targets are missed

Analysis pending: to be written from profiles of the pages above.
`;

/** The section "Why targets are missed" of an existing BENCHMARKS.md, or the placeholder. */
export function analysisSection(markdown) {
  const start = markdown?.indexOf('## Why targets are missed') ?? -1;
  if (start < 0) return PENDING_ANALYSIS;
  const next = markdown.indexOf('\n## ', start + 1);
  return `${markdown.slice(start, next < 0 ? undefined : next).trimEnd()}\n`;
}
