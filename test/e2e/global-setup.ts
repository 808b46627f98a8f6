import { execFileSync } from 'node:child_process';

/** The tests run against a fresh production build, never a stale one. */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which would make the build use React's development JSX runtime
  // against production React; the build must be exactly what users install.
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
