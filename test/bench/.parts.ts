import { builtInCatalog, DEFAULT_ENGINE_SETTINGS, evaluate } from '../../lib/programs';
import { compiled } from '../../lib/programs/compile';
import { checkEligibility } from '../../lib/programs/conditions';
import { AccountView } from '../../lib/programs/account-view';
import { groupContacts, resolveRecipients } from '../../lib/programs/recipients';
import { experimentHash } from '../../lib/programs/experiments';
import { dayFromIso } from '../../lib/dates/days';
// reuse bench generator by importing? replicate quickly: load accounts via dynamic import of a generator
const { accounts } = await import('./.gen.ts');
const c = compiled(builtInCatalog());
const today = dayFromIso('2026-03-13')!;
const cpu = () => process.cpuUsage().user / 1000;
function time(name: string, f: () => void) {
  for (let i = 0; i < 5; i++) f();
  let best = Infinity;
  for (let i = 0; i < 10; i++) { const t = cpu(); f(); best = Math.min(best, cpu() - t); }
  console.log(name.padEnd(20), best.toFixed(1), 'ms');
}
let sink = 0;
time('full', () => { for (const a of accounts) sink += evaluate(builtInCatalog(), a, '2026-03-13', [], DEFAULT_ENGINE_SETTINGS).entries.length; });
time('view+checks', () => { for (const a of accounts) { const v = new AccountView(a); for (const cp of c.programs) sink += checkEligibility(cp.checks, v, today) ? 1 : 0; } });
time('groups', () => { for (const a of accounts) sink += a.contacts ? groupContacts(a.contacts, 'GitLab Admin', true).admins.length : 0; });
time('groups+resolve', () => { for (const a of accounts) { const g = a.contacts ? groupContacts(a.contacts, 'GitLab Admin', true) : null; for (const p of c.policies) sink += resolveRecipients(p, a, g, 'GitLab Admin').warnings.length; } });
time('hash x7', () => { for (const a of accounts) for (let i = 0; i < 7; i++) sink += experimentHash(a.id, c.programs[i]!.program.id); });
time('alloc entries', () => { for (const a of accounts) { const arr = []; for (const cp of c.programs) arr.push({ state: 'x', program: cp.program, programId: cp.program.id, date: null, nextStep: null, reasons: [], missing: [], recipients: null, warnings: [], stepsSent: 0, lastSentOn: null, abGroup: null }); sink += arr.length; } });
import { timingOf, todayContext } from '../../lib/programs/timing';
import { accountWarnings } from '../../lib/programs/recipients';
import { indexSends } from '../../lib/programs/history';
const tc = todayContext(today);
time('timing all', () => { for (const a of accounts) { const v = new AccountView(a); for (const cp of c.programs) { if (cp.trigger.kind === 'event-registration') continue; const ch = checkEligibility(cp.checks, v, today); if (!ch) sink += timingOf(cp, v, tc)?.start ?? 0; } } });
time('indexSends', () => { for (const a of accounts) sink += indexSends(c, [], a.programLogs)?.length ?? 0; });
time('acct warnings', () => { for (const a of accounts) sink += accountWarnings(a, a.contacts ? groupContacts(a.contacts, 'GitLab Admin', true) : null, 'GitLab Admin', new Set(['growth'])).length; });
time('empty loop new Eval-ish', () => { for (const a of accounts) { const x = { e: [] as number[], k: [] as number[], ev: [] as boolean[], r: [] as number[], h: [] as number[] }; for (let i = 0; i < 16; i++) { x.e[i] = i; x.k[i] = i; } sink += x.e.length; } });
