// Makes sure Debian's Firefox ESR is there, and current, for the Firefox end-to-end tests: as root with
// apt-get it installs or upgrades `firefox-esr`; otherwise it says exactly what to install. Run as a script
// it prints the binary and its version; the Firefox test harness imports `firefoxPath` and `firefoxVersion`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ensureCurrentPackage } from './debian-browser';

/**
 * The add-on's own minimum (`strict_min_version` in wxt.config.ts). The tests also need WebDriver BiDi's
 * `webExtension.install` (tried here on 140 ESR); the harness names that command when a Firefox lacks it.
 */
export const MIN_FIREFOX_MAJOR = 128;

/** Debian's Firefox ESR, or the binary named by FIREFOX_PATH; no browser is ever downloaded. */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'].filter((p): p is string => !!p);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** What the binary says it is, e.g. "140.12.0esr" (the tests report the version they ran on). */
export function firefoxVersion(path: string): string {
  const out = execFileSync(path, ['--version'], { encoding: 'utf8', env: { ...process.env, MOZ_HEADLESS: '1' } });
  const match = /(\d+\.[\w.]+)/.exec(out);
  if (!match?.[1]) throw new Error(`Could not read a version from \`${path} --version\`: ${out.trim()}`);
  return match[1];
}

export function ensureFirefox(): string {
  if (!process.env.FIREFOX_PATH) console.log(ensureCurrentPackage('firefox-esr', ['--no-install-recommends']));
  const path = firefoxPath();
  if (!path) {
    throw new Error(
      'Firefox ESR was not found. Install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  const version = firefoxVersion(path);
  const major = Number.parseInt(version, 10);
  if (major < MIN_FIREFOX_MAJOR) {
    throw new Error(`Firefox ${version} at ${path} is too old: the Firefox tests need ${MIN_FIREFOX_MAJOR} or newer.`);
  }
  return `${path} (${version})`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`Firefox: ${ensureFirefox()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
