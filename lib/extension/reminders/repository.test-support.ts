/** Fixtures for the reminders tests (unit and component): a sequence, accounts, and a fresh database each time. */
import { DB_NAME } from './db/schema';
import type { SequenceInput } from '../../shared/reminders/inputs';
import type { AccountRef } from '../../shared/reminders/records';
import { openRepository, type Repository } from './repository';

export const ACME: AccountRef = {
  source: 'gainsight',
  org: 'gitlab.gainsightcloud.com',
  id: 'C-ACME',
  name: 'Acme Corp',
  url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-ACME',
};

export const GLOBEX: AccountRef = {
  source: 'salesforce',
  org: 'gitlab.my.salesforce.com',
  id: '001000000000001AAA',
  name: 'Globex',
  url: 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view',
};

export function onboarding(overrides: Partial<SequenceInput> = {}): SequenceInput {
  return {
    account: ACME,
    programId: 'net-new-onboarding',
    programName: 'Net-New Onboarding',
    steps: [
      { index: 0, name: 'Welcome', offsetDays: 0 },
      { index: 1, name: 'Getting started', offsetDays: 7 },
      { index: 2, name: 'Best practices', offsetDays: 14 },
    ],
    startedOn: '2026-11-02',
    recipients: ['admin@acme.example'],
    ...overrides,
  };
}

let counter = 0;

/** Each test gets its own database, so tests neither see each other's records nor need cleanup order. */
export function freshDbName(): string {
  counter += 1;
  return `reminders-test-${process.pid}-${counter}`;
}

export function freshRepository(): Repository {
  return openRepository(freshDbName());
}

/**
 * Another window holding the extension's database open without ever letting go (an older version, a
 * stuck page): a deletion waits on it. Close the answer to let go.
 */
export function holdDatabaseOpen(name: string = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
