// Finds a Chromium or Chrome to drive headless, without ever downloading one.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium, then the other usual places.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'No Chromium found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium binary.';

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {string | undefined} */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** Installs Debian's chromium when we run as root on a machine with apt. */
export function installChromiumWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('No Chromium found; installing Debian\'s chromium with apt-get ...');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
  return existsSync('/usr/bin/chromium');
}

/** Returns a browser path, installing Chromium where allowed, or exits with one line saying how. */
export function requireBrowser() {
  const found = findBrowser() ?? (installChromiumWithApt() ? findBrowser() : undefined);
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return found;
}
