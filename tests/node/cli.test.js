// The command-line validator, run as a data author runs it (Node's own test runner).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const run = (...args) => spawnSync('node', ['bin/policy-atlas.js', ...args], { encoding: 'utf8' });

test('a valid dataset passes, with its counts', () => {
  const { status, stdout } = run('validate', 'data/belgium.json');
  assert.equal(status, 0);
  assert.match(stdout, /^data\/belgium\.json: valid \(40 events, 7 levels, \d+ sources\)$/m);
});

test('every problem is printed with its JSON pointer, and the exit code is 1', () => {
  const { status, stdout } = run('validate', 'tests/fixtures/schema/invalid/date-month-13.json', 'data/examples/minimal.json');
  assert.equal(status, 1);
  assert.match(stdout, /date-month-13\.json: 1 problem\n {2}\/events\/0\/start {2}"2009-13" is not a date \(month 13\)/);
  assert.match(stdout, /minimal\.json: valid/);
});

test('a file that is not JSON says where', () => {
  const { status, stdout } = run('validate', 'tests/fixtures/not-json.json');
  assert.equal(status, 1);
  assert.match(stdout, /not valid JSON \(line 6, column 3\)/);
});

test('--json gives machine-readable results', () => {
  const { stdout } = run('validate', '--json', 'tests/fixtures/schema/invalid/date-month-13.json');
  const [result] = JSON.parse(stdout);
  assert.equal(result.problems[0].pointer, '/events/0/start');
});

test('without a file it prints the usage and exits with 2', () => {
  const { status, stderr } = run('validate');
  assert.equal(status, 2);
  assert.match(stderr, /Usage: policy-atlas validate/);
});

test('the complete example on the Data format docs page is a valid dataset', () => {
  const page = readFileSync('stories/docs/data-format.mdx', 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(page)[1];
  const file = join(mkdtempSync(join(tmpdir(), 'policy-atlas-')), 'example.json');
  writeFileSync(file, example);
  const { status, stdout } = run('validate', file);
  assert.equal(status, 0, stdout);
});
