// `npm run export`: an image of one element from the command line, through headless Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const directory = mkdtempSync(join(tmpdir(), 'policy-atlas-export-'));
const run = (...args) => spawnSync('node', ['scripts/export.js', ...args], { encoding: 'utf8' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('writes a PNG of the map of the requested size, in French', () => {
  const out = join(directory, 'map.png');
  const { status, stderr } = run('--element', 'competence-map', '--date', '2014-07-01', '--lang', 'fr', '--width', '1280', '--height', '720', '--out', out);
  assert.equal(status, 0, stderr);
  assert.deepEqual(pngSize(out), { width: 1280, height: 720 });
});

test('writes the timeline as SVG, stepped, with its titles and credit line as text', () => {
  const out = join(directory, 'timeline.svg');
  const { status, stderr } = run('--element', 'policy-timeline', '--step', '20', '--out', out);
  assert.equal(status, 0, stderr);
  const svg = readFileSync(out, 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /Integrated chronic care in Belgium/);
  assert.match(svg, /Sources:/);
  assert.equal((svg.match(/class="static-item/g) ?? []).length, 20);
});

test('says what is wrong with the options, and writes nothing', () => {
  const { status, stderr } = run('--element', 'policy-map', '--out', join(directory, 'x.png'));
  assert.equal(status, 1);
  assert.match(stderr, /--element must be policy-timeline or competence-map, not "policy-map"/);
});

test('reports a dataset that cannot be shown, with each problem and its JSON pointer', () => {
  const { status, stderr } = run('--src', 'tests/fixtures/bad/wrong-version.json', '--out', join(directory, 'bad.png'));
  assert.equal(status, 1);
  assert.match(stderr, /nothing can be shown:\n {2}\/formatVersion: /);
});
