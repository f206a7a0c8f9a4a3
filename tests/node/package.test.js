// The package as users install it: what `npm pack` ships, and what each entry pulls in.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { build } from 'esbuild';

test('publint finds nothing wrong with the package (exports, types, files)', () => {
  const output = execFileSync('npx', ['publint', '--strict'], { encoding: 'utf8' });
  assert.match(output, /All good!/);
});

test('the competence map entry loads no vis-timeline code', async () => {
  const { metafile } = await build({
    entryPoints: ['dist/competence-map/define.js'],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  assert.ok(inputs.some((input) => input.includes('competence-map')));
  assert.deepEqual(inputs.filter((input) => /vis-timeline|vis-data|moment|hammer/.test(input)), []);
});

test('importing the package root defines no element (no side effects)', async () => {
  const { metafile } = await build({
    entryPoints: ['dist/index.js'],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    treeShaking: true,
    logLevel: 'silent',
  });
  assert.ok(!Object.keys(metafile.inputs).some((input) => input.endsWith('/define.js')));
});
