import { execFileSync } from 'node:child_process';

/** The tests run against a fresh production build, never a stale one. */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
