import { builtInCatalog, DEFAULT_ENGINE_SETTINGS, evaluate } from '../../lib/programs';
const { accounts } = await import('./.gen.ts');
const catalog = builtInCatalog();
const cpu = () => process.cpuUsage().user / 1000;
function time(name: string, list: typeof accounts) {
  let sink = 0;
  const f = () => { for (const a of list) sink += evaluate(catalog, a, '2026-03-13', [], DEFAULT_ENGINE_SETTINGS).entries.length; };
  for (let i = 0; i < 5; i++) f();
  let best = Infinity;
  for (let i = 0; i < 10; i++) { const t = cpu(); f(); best = Math.min(best, cpu() - t); }
  console.log(name.padEnd(24), best.toFixed(1), 'ms');
}
time('10k distinct', accounts);
time('100 distinct x100', Array.from({ length: 10_000 }, (_, i) => accounts[i % 100]!));
time('10k distinct', accounts);
