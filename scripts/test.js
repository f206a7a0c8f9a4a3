// `npm test`: every check a contributor and CI run, in one command. Finds (or, as root with apt,
// installs) Chromium first, pins the time zone, then runs the Node checks and the browser tests.
import { spawnSync } from 'node:child_process';
import { requireBrowser } from './find-browser.js';

const browser = requireBrowser();
// A zone west of Greenwich: a date drawn in local time instead of UTC shows up as the wrong day.
const env = { ...process.env, CHROME_PATH: browser, TZ: 'America/Los_Angeles' };

const steps = [
  ['node', ['scripts/vendor-vis-css.js', '--check']],
  ['node', ['scripts/check-schema.js']],
  ['npx', ['web-test-runner', ...process.argv.slice(2)]],
];
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
