import { describe, expect, it } from 'vitest';
import { newCustomer } from '../programs/seed-table.test-support';
import { ADMIN, contact, makeAccount, planFor, SOLD_TO } from '../programs/accounts.test-support';
import { nextActionOf } from './next-action';
import { adminVerdict } from './verdict';

const next = (account: ReturnType<typeof makeAccount>, today: string) => nextActionOf(planFor(account, today), adminVerdict(account, 'GitLab Admin'));

describe('the next action', () => {
  it('is the oldest due send when the account has its admin', () => {
    const action = next(makeAccount({ fields: newCustomer('2026-03-10') }), '2026-03-12');
    expect(action.kind === 'send' && action.entry.programId).toBe('net-new-onboarding');
  });

  it('is the role fix when a missing admin holds a due program back', () => {
    // Six months a customer: the CSAT survey is due, and no Sold-To contact may receive it.
    const action = next(makeAccount({ fields: newCustomer('2025-09-12'), contacts: [SOLD_TO] }), '2026-03-12');
    expect(action).toMatchObject({ kind: 'make-admin', heldBack: ['Customer CSAT Survey'] });
  });

  it('is the role fix when an open deal waits for an admin, never for a closed one', () => {
    const deal = (stage: string) => ({ id: '006A', name: `Acme ${stage}`, type: 'Growth', stage, closeDate: '2026-04-01' });
    expect(next(makeAccount({ contacts: [SOLD_TO], opportunities: [deal('4-Proposal')] }), '2026-03-13').kind).toBe('make-admin');
    expect(next(makeAccount({ contacts: [SOLD_TO], opportunities: [deal('Closed Won')] }), '2026-03-13').kind).not.toBe('make-admin');
  });

  it('is the due send to the Sold-To contact where the fallback applies, and says so', () => {
    const action = next(makeAccount({ fields: newCustomer('2026-03-10'), contacts: [SOLD_TO] }), '2026-03-12');
    expect(action).toMatchObject({ kind: 'send', soldTo: true, entry: { programId: 'net-new-onboarding' } });
  });

  it('is nothing today, with the next date, when nothing is due', () => {
    const action = next(makeAccount({ contacts: [ADMIN, contact('Other')] }), '2026-03-13');
    expect(action.kind).toBe('none');
    expect(action.kind === 'none' && action.next?.state).toBe('upcoming');
  });
});
