/**
 * Engine throughput in Node: the book of engine-book.ts evaluated account by account.
 * Run: npx tsx test/bench/engine.bench.ts (or `npm run bench -- engine`)
 * Prints the median of several timed runs (after warm-up) as `engine.evaluate_10k_accounts: <ms> ms`.
 */
import { measureEngine } from './engine-book';
import { report } from './figures';

const { medianMs, programs } = measureEngine();
report('engine.evaluate_10k_accounts', medianMs, 'ms');
report('engine.programs_in_catalog', programs, 'count');
