/**
 * The engine benchmark's book and its measurement, shared by the Node run (engine.bench.ts) and the run in
 * Chromium (engine-chromium.bench.ts): the full default catalog against 10,000 generated accounts, with the
 * labs' dates entered, segments partly in tenant spellings, enrolled contacts, and sends recorded per
 * recipient. No Node or DOM API here: the same code runs in both.
 */
import type { Account, Contact, IsoDate, Opportunity, ProgramLogEntry } from '../../lib/shared/accounts/account';
import { addDays, daysBetween } from '../../lib/shared/dates/iso';
import { builtInCatalog } from '../../lib/shared/programs/catalogs';
import { evaluate } from '../../lib/shared/programs/engine';
import type { SentRecord } from '../../lib/shared/programs/history';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../../lib/shared/programs/settings';
import { median } from './figures';

const ACCOUNTS = 10_000;
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 15;
const TODAY: IsoDate = '2026-03-13';

/** mulberry32: a tiny seeded PRNG, so every run measures the same accounts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20260313);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const chance = (p: number): boolean => next() < p;
const daysAgo = (max: number): IsoDate => addDays(TODAY, -Math.floor(next() * max));

function contact(i: number, j: number): Contact {
  return {
    id: `003${i}${j}`,
    name: `Contact ${i}-${j}`,
    firstName: `Contact${j}`,
    email: chance(0.95) ? `c${i}.${j}@example.com` : null,
    roles: chance(0.5) ? ['GitLab Admin'] : chance(0.3) ? ['Billing Contact', 'GitLab Admin'] : ['Billing Contact'],
    soldTo: chance(0.3),
    enablementEnrollment: chance(0.1) ? [pick(['CI Product Coach', 'CI Enablement', 'Agile Enablement'])] : [],
    permission: chance(0.2) ? pick(['Owner', 'Maintainer'] as const) : null,
  };
}

function account(i: number): Account {
  const customerSince = daysAgo(900);
  const afterSince = (): IsoDate => addDays(customerSince, Math.floor(next() * Math.max(1, daysBetween(customerSince, TODAY))));
  const fields: Account['fields'] = {
    customerSince,
    subscriptionStartDate: chance(0.9) ? afterSince() : null,
    renewalDate: addDays(TODAY, Math.floor(next() * 365)),
    // A few records contradict themselves (a renewal before the customer began), as real data does.
    lastRenewalDate: chance(0.5) ? (chance(0.02) ? addDays(customerSince, -30) : afterSince()) : null,
    arr: Math.floor(next() * 200_000),
    // Mostly the segment names, some tenant spellings, and now and then one no setting maps.
    segment: chance(0.8) ? pick(['Tech Touch', 'Scale', 'CSM-Assigned'] as const) : chance(0.9) ? pick(['CSE', 'Digital', 'SMB']) : 'Enterprise',
    csm: chance(0.5) ? 'Casey CSM' : null,
    csmAssignedDate: chance(0.4) ? daysAgo(200) : null,
    plan: pick(['Free', 'Premium', 'Ultimate'] as const),
    ultimateSince: chance(0.3) ? daysAgo(300) : null,
    duoPurchaseDate: chance(0.2) ? daysAgo(100) : null,
    deployment: pick(['SaaS', 'Self-Managed', 'Dedicated'] as const),
    ciScore: pick(['Green', 'Yellow', 'Red'] as const),
    ciUtilization: Math.floor(next() * 100),
    licenseUtilization: Math.floor(next() * 100),
    issuesEpicsCreated: Math.floor(next() * 10),
    activeSubscription: chance(0.9),
    abGroup: chance(0.8) ? pick(['A', 'B'] as const) : null,
    controlGroup: chance(0.02),
  };
  const unreadable: Account['unreadable'] = {};
  const missing = new Set<string>();
  if (chance(0.05)) {
    missing.add('renewalDate');
    unreadable.renewalDate = '31/31/2026';
  }
  if (chance(0.05)) missing.add('segment');
  const contacts = chance(0.03) ? undefined : Array.from({ length: Math.floor(next() * 5) }, (_, j) => contact(i, j));
  const opportunities: Opportunity[] = chance(0.3)
    ? [{ id: `006${i}`, name: `Deal ${i}`, type: pick(['New - First Order', 'Growth', 'Renewal']), stage: pick(['Closed Won', 'Closed Lost', '4-Proposal']), closeDate: daysAgo(60) }]
    : [];
  const programLogs: ProgramLogEntry[] = chance(0.3)
    // Logs name the step they sent; now and then one does not, which the engine reports rather than guess.
    ? [{ program: pick(['Net-New Onboarding', 'Customer Newsletter', 'CI Product Coach']), step: chance(0.95) ? 'Email 1' : null, sentOn: daysAgo(60), recipients: chance(0.5) ? [`c${i}.0@example.com`] : [] }]
    : [];
  return { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: `0017000000${i}`, name: `Account ${i}`, fields: found(fields, missing), unreadable, contacts, opportunities, programLogs };
}

/**
 * The fields as an adapter builds them: each one found is added, a missing one is simply absent (see
 * readFields). Deleting keys from a full object instead would put it in a slow mode no real snapshot is
 * in (the panel's and the background's accounts are also fresh copies made by messaging).
 */
function found(all: Account['fields'], missing: ReadonlySet<string>): Account['fields'] {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) if (!missing.has(key)) fields[key] = value;
  return fields as Account['fields'];
}

/** What the extension records: a program's step by id, with its recipients. */
function sentFirstStep(programId: string, sentOn: IsoDate, recipients: string[]): SentRecord {
  const program = builtInCatalog('current').programs.find((p) => p.id === programId)!;
  return { programId, stepId: program.steps[0]!.id, sentOn, recipients };
}

const accounts = Array.from({ length: ACCOUNTS }, (_, i) => account(i));
const histories: SentRecord[][] = accounts.map((_, i) =>
  chance(0.2)
    ? [sentFirstStep(pick(['ci-product-coach', 'security-adoption', 'customer-csat-survey', 'ci-enablement-campaign']), daysAgo(40), [`c${i}.1@example.com`])]
    : [],
);
/** The user's settings with the labs' dates entered, so invitations are planned rather than all "needs data". */
const settings: EngineSettings = {
  ...DEFAULT_ENGINE_SETTINGS,
  eventDates: { 'ci-lab': ['2026-03-18', '2026-04-15'], 'security-lab': ['2026-03-25'], 'project-management-lab': ['2026-02-25', '2026-05-20'] },
};
const catalog = builtInCatalog(settings.edition);

/** The median of several timed runs over the whole book (after warm-up), in ms, and the catalog's size. */
export function measureEngine(): { medianMs: number; programs: number } {
  let sink = 0;
  const run = (): number => {
    const start = performance.now();
    for (let i = 0; i < ACCOUNTS; i++) {
      sink += evaluate(catalog, accounts[i]!, TODAY, histories[i]!, settings).entries.length;
    }
    return performance.now() - start;
  };
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const times = Array.from({ length: TIMED_RUNS }, run);
  if (sink !== (WARM_UP_RUNS + TIMED_RUNS) * ACCOUNTS * catalog.programs.length) throw new Error('a plan lost entries');
  return { medianMs: median(times), programs: catalog.programs.length };
}
