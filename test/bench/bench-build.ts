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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One figure per line, `<name>: <number> <unit>`, as `npm run bench` promises. */
export function report(name: string, value: number, unit: string): void {
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
}
