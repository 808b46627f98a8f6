import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';

/** Benchmarks measure the production build; build it once if it is not there. */
export function ensureBuilt(): string {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  }
  return EXTENSION_DIR;
}

export { median, report } from './figures';
