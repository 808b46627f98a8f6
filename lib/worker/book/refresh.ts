/**
 * The book's refresh, per org, in the background: at most one runs for an org at a time, it can be
 * cancelled, and the cached book is replaced only by a whole new one. A refresh that stops (401, 403,
 * REQUEST_LIMIT_EXCEEDED, a cancel) leaves the cached book exactly as it was, and says why.
 */
import type { Account } from '../../shared/accounts/account';
import { repository } from '../../extension/reminders/repository';
import { remedyOf, type SalesforceError } from '../../shared/salesforce/errors';
import { clientForApiHost, type OrgClientDeps } from '../salesforce/org-client';
import { loadSettings } from '../../extension/settings/stored-settings';
import type { BookFailure, BookMeta, FromBook, RefreshProgress } from '../../shared/book/model';
import { readBook } from './read-book';

interface Run {
  id: number;
  org: string;
  controller: AbortController;
  accounts: Account[];
  progress: RefreshProgress;
  /** Roles a role fix set while this refresh ran, by contact id: its rows may have been read before. */
  fixed: Map<string, string[]>;
  /** The session it ran with changed: it stops without a word, and a new one may start at once. */
  superseded?: boolean;
}

type Listener = (message: FromBook) => void;

const runs = new Map<string, Run>();
const listeners = new Map<string, Set<Listener>>();
/** The last refresh's failure per org, so a view opened afterwards still says why the book is old. */
const failures = new Map<string, BookFailure>();
let nextRun = 1;

function tell(org: string, message: FromBook, run?: Run): void {
  if (run?.superseded) return;
  for (const listener of listeners.get(org) ?? []) listener(message);
}

/** Listens to an org's book; told at once whether a refresh runs, and every account it read so far. */
export function watchBook(org: string, listener: Listener): () => void {
  let set = listeners.get(org);
  if (!set) listeners.set(org, (set = new Set()));
  set.add(listener);
  const run = runs.get(org);
  listener({ type: 'state', org, run: run?.id ?? null, progress: run ? { ...run.progress } : null, failure: failures.get(org) ?? null });
  if (run?.accounts.length) listener({ type: 'accounts', org, run: run.id, accounts: run.accounts.slice(), progress: { ...run.progress } });
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(org);
  };
}

export function failureOf(error: SalesforceError, org: string): BookFailure {
  return { message: error.message, ...(remedyOf(error) === 'sign-in' ? { signInUrl: `https://${org}/` } : {}) };
}

export interface RefreshDeps {
  client?: OrgClientDeps;
  now?: () => Date;
}

/** Starts a refresh of the org's book unless one is running; false when one already was. */
export function startRefresh(org: string, deps: RefreshDeps = {}): { started: boolean; done: Promise<void> } {
  const running = runs.get(org);
  if (running && !running.superseded) return { started: false, done: Promise.resolve() };
  const run: Run = { id: nextRun++, org, controller: new AbortController(), accounts: [], progress: { read: 0, total: null, calls: 0 }, fixed: new Map() };
  runs.set(org, run);
  failures.delete(org);
  const done = execute(run, deps).finally(() => {
    if (runs.get(org) === run) runs.delete(org);
  });
  return { started: true, done };
}

/**
 * The org's session changed: a refresh running with the old one stops (it may be another user's
 * book), the old failure no longer stands, and the views re-check who is signed in.
 */
export function sessionChanged(org: string): void {
  const run = runs.get(org);
  if (run) {
    run.superseded = true;
    run.controller.abort();
  }
  failures.delete(org);
  tell(org, { type: 'session', org });
}

export function cancelRefresh(org: string): boolean {
  const run = runs.get(org);
  run?.controller.abort();
  return !!run;
}

/** An account a role fix just changed: views are told, and a running refresh keeps the change. */
export function noteFixedAccount(org: string, account: Account, contactId: string, roles: string[]): void {
  runs.get(org)?.fixed.set(contactId, roles);
  tell(org, { type: 'account', org, account });
}

function withFixes(account: Account, fixed: Map<string, string[]>): Account {
  if (!fixed.size || !account.contacts?.some((c) => c.id && fixed.has(c.id))) return account;
  return { ...account, contacts: account.contacts.map((c) => (c.id && fixed.has(c.id) ? { ...c, roles: fixed.get(c.id)! } : c)) };
}

function fail(run: Run, failure: BookFailure): void {
  if (run.superseded) return;
  failures.set(run.org, failure);
  tell(run.org, { type: 'finished', org: run.org, run: run.id, outcome: 'failed', failure, calls: run.progress.calls }, run);
}

async function execute(run: Run, deps: RefreshDeps): Promise<void> {
  const { org, controller } = run;
  const cancelled = () => tell(org, { type: 'finished', org, run: run.id, outcome: 'cancelled', calls: run.progress.calls }, run);
  try {
    const settings = await loadSettings();
    const client = await clientForApiHost(org, { ...deps.client, client: { ...deps.client?.client, onRequest: () => void run.progress.calls++ } });
    if (!client.ok) return fail(run, failureOf(client.error, org));
    const result = await readBook(client.data, settings, {
      signal: controller.signal,
      onAccounts(accounts, progress) {
        run.accounts.push(...accounts);
        run.progress = { ...progress, calls: run.progress.calls };
        tell(org, { type: 'accounts', org, run: run.id, accounts, progress: { ...run.progress } }, run);
      },
    });
    if (controller.signal.aborted) return cancelled();
    if (!result.ok) return fail(run, failureOf(result.error, org));
    if (run.superseded) return;
    const accounts = run.accounts.map((a) => withFixes(a, run.fixed));
    const meta: BookMeta = {
      org,
      asOf: (deps.now?.() ?? new Date()).toISOString(),
      total: accounts.length,
      user: result.data.user,
      notes: result.data.notes,
      calls: run.progress.calls,
    };
    await repository().book.save({ meta, accounts });
    tell(org, { type: 'finished', org, run: run.id, outcome: 'saved', meta }, run);
  } catch (error) {
    fail(run, { message: `The book could not be refreshed: ${error instanceof Error ? error.message : String(error)}` });
  }
}
