// `npm test`: every check a contributor and CI run, in one command. Finds (or, as root with apt,
// installs) Chromium first, pins the time zone, then runs the Node checks and the browser tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser } from './find-browser.js';

// A skipped or focused test never fails: refuse them before running anything (mocha's forbidPending
// and forbidOnly catch them at run time too; this also covers node:test).
const SKIPPED = /\b(it|describe|test)\.(skip|only|todo)\(|\bx(it|describe)\(|\bthis\.skip\(|[{,]\s*(skip|only|todo)\s*:\s*true/;
const files = readdirSync('tests', { recursive: true }).filter((file) => /\.(ts|js)$/.test(file));
const skipped = files.flatMap((file) =>
  readFileSync(join('tests', file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (SKIPPED.test(line) ? [`tests/${file}:${index + 1}: ${line.trim()}`] : [])),
);
if (skipped.length > 0) {
  console.error(`Skipped or focused tests are not allowed:\n${skipped.join('\n')}`);
  process.exit(1);
}

const browser = requireBrowser();
// A zone west of Greenwich: a date drawn in local time instead of UTC shows up as the wrong day.
const env = { ...process.env, CHROME_PATH: browser, TZ: 'America/Los_Angeles' };

const steps = [
  ['node', ['scripts/vendor-vis-css.js', '--check']],
  ['node', ['scripts/check-schema.js']],
  // The command-line validator, the package checks and the bundle test use the built library.
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['node', ['scripts/bundle.js']],
  ['node', ['--test', 'tests/node/']],
  ['npx', ['web-test-runner', ...process.argv.slice(2)]],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
