// The benchmark harness (scripts/bench.js) as CI runs it: one smoke round, written to a temp directory
// so BENCHMARKS.* stay as the last real run left them. Only that it measured something is checked:
// how fast anything was is never asserted, timings are not tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateDataset } from '../../scripts/bench/dataset.js';
import { FIGURES } from '../../scripts/bench/report.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

test('a smoke run measures every figure of every page, and every size', { timeout: 90_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  try {
    await run(process.execPath, ['scripts/bench.js', '--smoke', '--out', out], { cwd: root });
    const result = JSON.parse(readFileSync(join(out, 'BENCHMARKS.json'), 'utf8'));

    assert.deepEqual(
      result.summary.map((group) => [group.id, group.pages.map((page) => page.kind)]),
      [
        ['belgium', ['plain', 'timeline', 'placeholder', 'map', 'atlas']],
        ['200', ['plain', 'timeline']],
      ],
    );
    for (const group of result.summary) {
      for (const page of group.pages) {
        for (const figure of FIGURES.filter((candidate) => candidate.kinds.includes(page.kind))) {
          const where = `${group.id} ${page.kind} ${figure.key}`;
          assert.ok(Number.isFinite(page.figures[figure.key]?.median), `${where}: no number`);
          if (page.kind !== 'plain' && figure.key in page.ratios) assert.ok(Number.isFinite(page.ratios[figure.key]?.median), `${where}: no ratio`);
        }
      }
    }
    for (const [name, { initial }] of Object.entries({ ...result.sizes.entries, bundle: result.sizes.bundle })) {
      assert.ok(initial.length > 0 && initial.every((chunk) => chunk.bytes > 0 && chunk.gzip > 0), `${name}: no size`);
    }
    assert.ok(result.targets.length > 0 && result.targets.every((target) => typeof target.name === 'string'));

    const markdown = readFileSync(join(out, 'BENCHMARKS.md'), 'utf8');
    assert.match(markdown, /## Targets/);
    assert.match(markdown, /## Why targets are missed/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('generated datasets are reproducible and pass the schema and the library’s checks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-data-'));
  try {
    const schema = JSON.parse(readFileSync(join(root, 'data/schema/policy-atlas.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const files = [200, 2000, 10000].map((count) => {
      const dataset = generateDataset(count);
      assert.deepEqual(generateDataset(count), dataset, `${count}: not reproducible`);
      assert.equal(dataset.events.length, count);
      assert.ok(validate(dataset), `${count}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      const file = join(dir, `generated-${count}.json`);
      writeFileSync(file, JSON.stringify(dataset));
      return file;
    });
    // Exits with 1 (and execFile rejects) on any problem.
    await run(process.execPath, [join(root, 'bin/policy-atlas.js'), 'validate', ...files]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
