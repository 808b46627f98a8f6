import { execFileSync } from 'node:child_process';
import { firefoxPath, firefoxVersion } from '../../scripts/ensure-firefox';

/** The tests run against a fresh production build of the Firefox add-on, in a Firefox that is there. */
export default function setup(): void {
  const path = firefoxPath();
  if (!path) throw new Error('Firefox ESR not found: run `npx tsx scripts/ensure-firefox.ts` (installs firefox-esr as root) or set FIREFOX_PATH.');
  console.log(`Firefox e2e on ${path} ${firefoxVersion(path)}`);
  if (process.env.SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which would build React's development JSX runtime against production React.
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
