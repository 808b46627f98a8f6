import { describe, expect, it } from 'vitest';
import { toReminder, toSendRecord } from '../../shared/reminders/keys';
import type { AllRecords } from '../../shared/reminders/results';
import { audit, emptyLedger } from './soak-audit.test-support';
import { ACME, GLOBEX } from './repository.test-support';

const reminder = (account = ACME, step = 0, status: 'pending' | 'done' = 'pending') => toReminder({
  account, programId: 'p', programName: 'P', step, stepName: `S${step}`, dueDate: '2026-11-02', recipients: [], status,
});
const send = toSendRecord({ account: ACME, programId: 'p', programName: 'P', step: 0, stepName: 'S0', sentOn: '2026-11-02', recipients: [], how: 'marked' });
const records = (overrides: Partial<AllRecords> = {}): AllRecords => ({ enrollments: [], sendLog: [send], reminders: [reminder(ACME, 0, 'done'), reminder(ACME, 1)], ...overrides });

describe('the soak audit', () => {
  it('finds nothing wrong in records that hold every acknowledged write once', () => {
    const ledger = emptyLedger();
    ledger.mustExist.sendLog.add(send.key);
    ledger.closed.set(reminder(ACME, 0).key, 'done');
    expect(audit(records(), ledger)).toEqual({ lost: 0, duplicates: 0, findings: [] });
  });

  it('counts a missing record and a closed reminder open again as lost', () => {
    const ledger = emptyLedger();
    ledger.mustExist.reminders.add(reminder(GLOBEX).key);
    ledger.closed.set(reminder(ACME, 0).key, 'done');
    const verdict = audit(records({ reminders: [reminder(ACME, 0), reminder(ACME, 1, 'done')] }), ledger);
    expect(verdict.lost).toBe(2);
  });

  it('counts a record stored twice, or under a key its content does not give, and two open steps of one enrollment', () => {
    const planted = { ...reminder(GLOBEX), key: 'planted' };
    const verdict = audit(records({ reminders: [reminder(ACME, 0), reminder(ACME, 1), planted] }), emptyLedger());
    expect(verdict.duplicates).toBe(2);
  });
});
