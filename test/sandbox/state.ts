/**
 * The sandbox's whole memory: the live book of business (both fake apps read and write it, so they always
 * agree), what the extension did (CTAs, emails, Salesforce PATCHes), sessions, and the failure switches.
 */
import type { IsoDate } from '../../lib/shared/accounts/account';
import { bookOfBusiness } from './data/book';
import type { SandboxAccount } from './data/types';
import { defaultSalesforceSwitches, type SalesforceSwitches } from './salesforce/switches';

export interface Switches extends SalesforceSwitches {
  /** API calls with a valid session get 403 API_DISABLED_FOR_ORG (API Access Control blocks session reuse). */
  apiAccessControl: boolean;
  /** API calls get 403 INSUFFICIENT_ACCESS. */
  noAccess: boolean;
  /** API calls get 403 REQUEST_LIMIT_EXCEEDED. */
  requestLimit: boolean;
  /** Role__c picklist values an admin removed; PATCHing one gets the restricted-picklist 400. */
  removedPicklistValues: string[];
  /** The contact role field's API name in this org (default `Role__c`). */
  roleFieldName: string;
  /** How long the Gainsight data endpoints take to answer. */
  dataDelayMs: number;
  /** How long Lightning's record data takes to arrive. */
  lightningDelayMs: number;
  /** Records per REST query page before `nextRecordsUrl` kicks in. */
  salesforcePageSize: number;
  /**
   * Playbooks this tenant's admin built with other days than the sandbox's own (playbook name → each
   * task's days after the CTA's creation): a new CTA's tasks are then due on those days.
   */
  playbookDueDays: Record<string, number[]>;
}

export interface Session {
  sid: string;
  orgId: string;
  /** The my.salesforce.com host that issued it; a sid is only good on its own org. */
  host: string;
  username: string;
  createdAt: string;
}

export type TaskStatus = 'Open' | 'Completed';

export interface CtaTask {
  id: string;
  ctaId: string;
  name: string;
  kind: 'Email';
  dueDate: IsoDate;
  status: TaskStatus;
  owner: string;
  subject: string;
  bodyHtml: string;
  /** The template's sender, as Gainsight's Edit Email shows it ("Name <address>"). */
  from: string;
  /** The template's CC. */
  cc: string[];
}

export interface Cta {
  id: string;
  companyId: string;
  companyName: string;
  type: string;
  name: string;
  reason: string;
  dueDate: IsoDate;
  playbook: string | null;
  status: 'Open' | 'Closed';
  owner: string;
  createdOn: IsoDate;
  tasks: CtaTask[];
}

export interface RecordedEmail {
  id: string;
  ctaId: string;
  taskId: string;
  companyId: string;
  to: string[];
  cc: string[];
  subject: string;
  bodyHtml: string;
  status: 'sent' | 'draft';
  /** An instant (ISO 8601 with time). */
  at: string;
}

export interface PatchRecord {
  /** The org's API host the PATCH reached (production and its sandbox twin share ids). */
  host: string;
  object: string;
  id: string;
  body: Record<string, unknown>;
  at: string;
}

/** A REST call as the sandbox received it, answered or refused: which org host, what, whether it carried a session. */
export interface RestCall {
  host: string;
  method: string;
  path: string;
  withSession: boolean;
}

export interface QueryCursor {
  object: string;
  records: unknown[];
  pageSize: number;
}

export type HoldName = 'data' | 'lateSections';

export interface SandboxState {
  today: IsoDate;
  accounts: SandboxAccount[];
  ctas: Cta[];
  emails: RecordedEmail[];
  patches: PatchRecord[];
  restCalls: RestCall[];
  sessions: Map<string, Session>;
  cursors: Map<string, QueryCursor>;
  switches: Switches;
  /** Monotonic counter for generated ids (CTAs, tasks, emails, query locators). */
  sequence: number;
  /**
   * What a test holds back until it has looked at the page before it (`Sandbox.hold`), instead of racing
   * a delay: `data` is Gainsight's page data (it also waits `dataDelayMs`); `lateSections` are the
   * scrolling C360's People and Program Logs, which arrive after the rest.
   */
  holds: Record<HoldName, Promise<void> | null>;
}

export interface StateDefaults {
  today: IsoDate;
  dataDelayMs: number;
  lightningDelayMs: number;
  salesforcePageSize: number;
}

function defaultSwitches(d: StateDefaults): Switches {
  return {
    apiAccessControl: false,
    noAccess: false,
    requestLimit: false,
    removedPicklistValues: [],
    roleFieldName: 'Role__c',
    dataDelayMs: d.dataDelayMs,
    lightningDelayMs: d.lightningDelayMs,
    salesforcePageSize: d.salesforcePageSize,
    playbookDueDays: {},
    ...defaultSalesforceSwitches(),
  };
}

export function createState(d: StateDefaults): SandboxState {
  return {
    today: d.today,
    accounts: bookOfBusiness(d.today),
    ctas: [],
    emails: [],
    patches: [],
    restCalls: [],
    sessions: new Map(),
    cursors: new Map(),
    switches: defaultSwitches(d),
    sequence: 0,
    holds: { data: null, lateSections: null },
  };
}

/**
 * Back to the initial data, in place (tests keep a reference to `state`). Sessions survive on purpose:
 * a reset between tests should not log the browser out; `expireSessions` is the switch for that.
 */
export function resetState(state: SandboxState, d: StateDefaults): void {
  const fresh = createState(d);
  state.today = fresh.today;
  state.accounts = fresh.accounts;
  state.ctas = [];
  state.emails = [];
  state.patches = [];
  state.restCalls = [];
  state.cursors.clear();
  state.switches = fresh.switches;
  state.sequence = 0;
}

export function nextSequence(state: SandboxState): number {
  state.sequence += 1;
  return state.sequence;
}

export function findAccountByGainsightId(state: SandboxState, cid: string): SandboxAccount | undefined {
  return state.accounts.find((a) => a.gainsightId === cid);
}
