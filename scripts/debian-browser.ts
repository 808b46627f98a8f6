// Keeps a browser from Debian at the version a new machine gets: when we are root with apt-get, the
// package is installed when missing and upgraded when Debian serves a newer one (the security repository
// moves Chromium and Firefox ESR forward every few weeks, and a suite proven only on last month's browser
// fails for the next newcomer). Without root, or with the binary named by an environment variable, the
// installed browser is used as it is. No browser is ever downloaded from anywhere but Debian.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

export function canUseApt(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/** `Installed` and `Candidate` of `apt-cache policy <pkg>`; null where apt does not know the package. */
export function aptVersions(pkg: string): { installed: string | null; candidate: string | null } {
  const out = execFileSync('apt-cache', ['policy', pkg], { encoding: 'utf8' });
  const field = (name: string) => {
    const value = new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(out)?.[1];
    return value && value !== '(none)' ? value : null;
  };
  return { installed: field('Installed'), candidate: field('Candidate') };
}

let listsFresh = false;
function updateLists(): boolean {
  if (listsFresh) return true;
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: APT_ENV });
    listsFresh = true;
  } catch (error) {
    console.warn(`apt-get update failed (${String(error)}); using the package lists this machine has.`);
  }
  return listsFresh;
}

/**
 * Installs or upgrades `pkg` to Debian's current candidate. Returns what was done, for the log line.
 * A failed update or upgrade of a browser that is already there is a warning, not a stop: the tests then
 * say which version they ran on.
 */
export function ensureCurrentPackage(pkg: string, installArgs: string[] = []): string {
  if (!canUseApt()) return 'not root with apt-get: the installed browser is used as it is';
  updateLists();
  const before = aptVersions(pkg);
  if (before.installed && before.installed === before.candidate) return `${pkg} ${before.installed} is Debian's current package`;
  if (!before.candidate) return `apt knows no ${pkg} package`;
  console.log(before.installed ? `Upgrading ${pkg} ${before.installed} → ${before.candidate}…` : `Installing Debian's ${pkg} ${before.candidate}…`);
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', ...installArgs, pkg], { stdio: 'inherit', env: APT_ENV });
  } catch (error) {
    if (!before.installed) throw error;
    console.warn(`Could not upgrade ${pkg} (${String(error)}); the tests run on ${before.installed}.`);
  }
  return `${pkg} ${aptVersions(pkg).installed ?? 'not installed'}`;
}
