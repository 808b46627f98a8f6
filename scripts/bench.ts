// `npm run bench`: runs every benchmark in test/bench and prints each figure on its own line as
// `<name>: <number> <unit>`. Benchmarks report; they never fail a build on a timing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

// One fresh production build for every benchmark: figures of a stale build would mislead.
if (process.env.SKIP_BUILD !== '1') {
  spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

let failures = 0;
for (const file of files) {
  console.error(`# ${file}`);
  const result = spawnSync('npx', ['tsx', join(dir, file)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) failures++;
}
process.exit(failures ? 1 : 0);
