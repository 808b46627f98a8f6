import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROMIUM_PATH; no browser is ever downloaded. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Flags that keep Chromium quiet on a machine with no network but the local sandbox. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
