// Makes sure Debian's Chromium is there, and current, for the real-browser tests and the demo: as root
// with apt-get it installs or upgrades the `chromium` package; otherwise it says exactly what to install.
// CHROMIUM_PATH names another binary, used as it is.
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './chromium';
import { ensureCurrentPackage } from './debian-browser';

if (!process.env.CHROMIUM_PATH) console.log(ensureCurrentPackage('chromium'));
const path = chromiumPath();
if (!path) {
  console.error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
// Debian's wrapper script may print a shell warning on stderr; the version is the stdout line.
const version = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`Chromium: ${path} (${version})`);
