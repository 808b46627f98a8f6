/**
 * The large org: N generated accounts (default 5,000) with contacts, opportunities, CSMs and owners,
 * for "My book" and its bench. Deterministic (a seeded generator), so every run has the same data.
 * It lives beside the hand-made book and only on the Salesforce side: Gainsight does not list it.
 *
 * What it holds, so a book view meets what a CSM's book has:
 * - 12 CSMs share the CSM-Assigned accounts (~60%), so each CSM's book is a few hundred accounts;
 *   Tech Touch and Scale accounts have no CSM. 15 account executives own most accounts; the first
 *   CSM also owns a few.
 * - Most accounts have 1–4 contacts, some up to a dozen, a few 13–60, and a handful 201–320 (more than
 *   a child batch of 200, so child-list paging is exercised).
 * - About one account in seven has no GitLab Admin; most have a Sold-To contact.
 * - 0–4 opportunities each, of every type and stage, closing around today.
 * - About 2% of contacts enrolled in an enablement campaign (ENROLLED_SHARE); see test/sandbox/README.md.
 */
import type { IsoDate } from '../../../lib/shared/accounts/account';
import { ENABLEMENT_VALUES, ROLE_VALUES } from '../data/picklists';
import { addDays } from '../dates';
import { salesforceId18 } from '../ids';
import type { SandboxState } from '../state';
import type { SfRow } from './row';

export const DEFAULT_LARGE_ORG_ACCOUNTS = 5000;
/**
 * Share of contacts a CSM enrolled by hand in an enablement campaign. A few percent, as in a real book:
 * at one in ten, a third of every book was due on the same day (each enrolled contact's first email is
 * due at once), which no CSM sees.
 */
export const ENROLLED_SHARE = 0.02;
/** What every REST call waits when the large org is on, unless told otherwise: the network a bench should feel. */
export const LARGE_ORG_LATENCY_MS = 150;

export interface LargeOrg {
  size: number;
  rows: Record<'Account' | 'Contact' | 'Opportunity' | 'User', SfRow[]>;
  /** 15-character id → row, for lookups and PATCHes. */
  byId: Map<string, SfRow>;
  /** Account id (15) → its contacts / opportunities, for child subqueries. */
  children: Record<'Contact' | 'Opportunity', Map<string, SfRow[]>>;
  /** The CSMs, first one first: the default "me" of a session. */
  csms: SfRow[];
}

const orgs = new WeakMap<SandboxState, LargeOrg>();

export function largeOrgOf(state: SandboxState): LargeOrg | undefined {
  return orgs.get(state);
}

/** mulberry32: small, fast and good enough to make data look varied, and the same on every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Sequential ids (unique by construction, unlike hashed ones at this scale): `<prefix>Lg<10 base62>` + checksum. */
function idMaker(prefix: string) {
  let n = 0;
  return () => {
    let x = n++;
    let digits = '';
    for (let i = 0; i < 10; i++) {
      digits = BASE62.charAt(x % 62) + digits;
      x = Math.floor(x / 62);
    }
    return salesforceId18(`${prefix}Lg${digits}`);
  };
}

const FIRST = ['Ava', 'Ben', 'Chloe', 'Diego', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Liam', 'Maya', 'Nikhil', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wei', 'Yara', 'Zoe'];
const LAST = ['Adams', 'Becker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Silva', 'Tanaka', 'Umarov', 'Varga', 'Weber', 'Yilmaz', 'Zhang'];
const WORDS = ['Apex', 'Beacon', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Keystone', 'Lattice', 'Meadow', 'Nimbus', 'Onyx', 'Prairie', 'Quarry', 'Ridge', 'Summit', 'Timber', 'Umbra', 'Vector', 'Willow', 'Zenith'];
const KINDS = ['Systems', 'Labs', 'Logistics', 'Health', 'Bank', 'Robotics', 'Media', 'Energy', 'Software', 'Retail', 'Analytics', 'Telecom'];
const SEGMENTS = ['CSM-Assigned', 'Tech Touch', 'Scale'] as const;
const TYPES = ['New - First Order', 'New - Connected', 'Growth', 'Contraction', 'Renewal'];
const STAGES = ['1-Discovery', '2-Scoping', '3-Technical Evaluation', '4-Proposal', '5-Negotiating', '6-Awaiting Signature', 'Closed Won', 'Closed Lost'];

function user(id: string, first: string, last: string): SfRow {
  return { Id: id, Name: `${first} ${last}`, FirstName: first, LastName: last, Email: `${first}.${last}@gitlab.example`.toLowerCase() };
}

function contactCount(r: ReturnType<typeof generator>): number {
  const roll = r.next();
  if (roll < 0.7) return r.int(1, 4);
  if (roll < 0.9) return r.int(5, 12);
  if (roll < 0.995) return r.int(13, 60);
  return r.int(201, 320);
}

/**
 * A contact's enablement campaign, or null. It draws from the generator exactly as the first version did
 * (one roll, a campaign picked one time in ten), so every other value of the org (each CSM's book, its
 * contacts and deals) stays as before; only ENROLLED_SHARE of contacts keep their campaign.
 */
function enrollment(r: ReturnType<typeof generator>): string | null {
  const roll = r.next();
  const campaign = roll < 0.1 ? r.pick(ENABLEMENT_VALUES) : null;
  return roll < ENROLLED_SHARE ? campaign : null;
}

export function generateLargeOrg(size: number, today: IsoDate, roleField: string): LargeOrg {
  const r = generator(0x5eed + size);
  const nextUser = idMaker('005');
  const nextAccount = idMaker('001');
  const nextContact = idMaker('003');
  const nextOpportunity = idMaker('006');
  const csms = Array.from({ length: 12 }, (_, i) => user(nextUser(), FIRST[i]!, LAST[i]!));
  const aes = Array.from({ length: 15 }, (_, i) => user(nextUser(), FIRST[(i + 12) % FIRST.length]!, LAST[(i + 9) % LAST.length]!));
  const org: LargeOrg = {
    size,
    rows: { Account: [], Contact: [], Opportunity: [], User: [...csms, ...aes] },
    byId: new Map(),
    children: { Contact: new Map(), Opportunity: new Map() },
    csms,
  };
  const add = (object: keyof LargeOrg['rows'], row: SfRow) => {
    org.rows[object].push(row);
    org.byId.set(String(row.Id).slice(0, 15), row);
  };
  for (const u of org.rows.User) org.byId.set(String(u.Id).slice(0, 15), u);

  for (let i = 0; i < size; i++) {
    const id = nextAccount();
    const segment = r.chance(0.6) ? SEGMENTS[0] : r.pick(SEGMENTS.slice(1));
    const csm = segment === 'CSM-Assigned' ? r.pick(csms) : null;
    const owner = r.chance(0.03) ? csms[0]! : r.pick(aes);
    const name = `${r.pick(WORDS)} ${r.pick(KINDS)} ${String(i + 1).padStart(4, '0')}`;
    const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;
    const since = addDays(today, -r.int(0, 1500));
    const years = Math.max(1, Math.ceil((Date.parse(today) - Date.parse(since)) / (365 * 86_400_000)));
    add('Account', {
      Id: id,
      Name: name,
      Type: 'Customer',
      Website: `https://www.${domain}`,
      Customer_Since__c: since,
      Next_Renewal_Date__c: addDays(since, 365 * years),
      ARR__c: r.int(2, 400) * 1200,
      Segment__c: segment,
      CSM__c: csm ? String(csm.Id) : null,
      Plan__c: r.pick(['Premium', 'Premium', 'Ultimate', 'Free']),
      Deployment__c: r.pick(['SaaS', 'Self-Managed', 'Dedicated']),
      AB_Group__c: r.chance(0.5) ? 'A' : 'B',
      Control_Group__c: r.chance(0.03),
      Gainsight_Company_Id__c: null,
      OwnerId: String(owner.Id),
    });
    const key = id.slice(0, 15);
    const contacts: SfRow[] = [];
    const count = contactCount(r);
    const hasAdmin = !r.chance(1 / 7);
    const adminAt = r.int(0, count - 1);
    const soldToAt = r.chance(0.85) ? r.int(0, count - 1) : -1;
    for (let c = 0; c < count; c++) {
      const first = r.pick(FIRST);
      const last = r.pick(LAST);
      const roles = new Set<string>();
      if (hasAdmin && c === adminAt) roles.add('GitLab Admin');
      if (r.chance(0.4)) roles.add(r.pick(ROLE_VALUES.filter((v) => v !== 'GitLab Admin')));
      const row: SfRow = {
        Id: nextContact(),
        Name: `${first} ${last}`,
        FirstName: first,
        LastName: last,
        Email: `${first}.${last}.${c}@${domain}`.toLowerCase(),
        AccountId: id,
        [roleField]: roles.size ? [...roles].join(';') : null,
        Sold_To__c: c === soldToAt,
        Enablement_Enrollment__c: enrollment(r),
      };
      add('Contact', row);
      contacts.push(row);
    }
    org.children.Contact.set(key, contacts);
    const opportunities: SfRow[] = [];
    for (let o = r.int(0, 4); o > 0; o--) {
      const stage = r.pick(STAGES);
      const row: SfRow = {
        Id: nextOpportunity(),
        Name: `${name} - ${r.pick(TYPES)}`,
        Type: r.pick(TYPES),
        StageName: stage,
        CloseDate: addDays(today, r.int(-200, 200)),
        IsClosed: stage.startsWith('Closed'),
        IsWon: stage === 'Closed Won',
        AccountId: id,
      };
      add('Opportunity', row);
      opportunities.push(row);
    }
    org.children.Opportunity.set(key, opportunities);
  }
  return org;
}

/** Turns the large org on for this sandbox (or off with 0), fresh: PATCHes made since are undone. */
export function attachLargeOrg(state: SandboxState, size: number): void {
  if (size > 0) orgs.set(state, generateLargeOrg(size, state.today, state.switches.roleFieldName));
  else orgs.delete(state);
}
