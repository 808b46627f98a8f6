import { builtInCatalog, DEFAULT_ENGINE_SETTINGS, evaluate, type Catalog } from '../../lib/programs';
const { accounts } = await import('./.gen.ts');
const base = builtInCatalog();
const cpu = () => process.cpuUsage().user / 1000;
function time(name: string, catalog: Catalog) {
  let sink = 0;
  const f = () => { for (const a of accounts) sink += evaluate(catalog, a, '2026-03-13', [], DEFAULT_ENGINE_SETTINGS).entries.length; };
  for (let i = 0; i < 5; i++) f();
  let best = Infinity;
  for (let i = 0; i < 10; i++) { const t = cpu(); f(); best = Math.min(best, cpu() - t); }
  console.log(name.padEnd(24), best.toFixed(1), 'ms');
}
const simple = (i: number) => ({ ...base.programs[1]!, id: `p${i}`, trigger: { kind: 'when-eligible' as const }, segments: ['Tech Touch', 'Scale', 'CSM-Assigned'] as const, conditions: [], pilot: false });
time('full current', base);
time('16 trivial', { ...base, programs: Array.from({ length: 16 }, (_, i) => simple(i)) as Catalog['programs'] });
time('1 trivial', { ...base, programs: [simple(0)] as Catalog['programs'] });
for (let i = 0; i < base.programs.length; i++) time(base.programs[i]!.id, { ...base, programs: [base.programs[i]!] });
