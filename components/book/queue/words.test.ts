import { describe, expect, it } from 'vitest';
import type { ItemState, QueueItem } from '@/lib/ui/book/queue/queue';
import { rowName, stateWords } from './words';

const item = (state: ItemState, mark: QueueItem['mark'] = null): QueueItem => ({
  key: 'a|p|0|2026-11-23', accountId: 'a', accountName: 'Acme', programId: 'p', programName: 'Net-New Onboarding', step: { index: 0, name: 'Email 1' }, date: '2026-11-23',
  recipients: ['ops@acme.example'], arr: null, renewal: null, dueOn: '2026-11-23', section: 'today', age: 0, why: '', state, mark, fatigue: null, row: null,
});

describe("a queue row's state in words", () => {
  it('says each state, a start not saved in Gainsight included, at the start of the row name', () => {
    expect(stateWords(item('open'))).toBeNull();
    expect(stateWords(item('started'))).toBe('Started, not saved yet');
    expect(stateWords(item('start-unsaved'))).toBe('Started, not saved');
    expect(stateWords(item('sent'))).toBe('Sent');
    expect(stateWords(item('skipped', { kind: 'skipped', on: '2026-11-23', reason: 'Customer asked for a pause', row: item('open') }))).toBe('Skipped: Customer asked for a pause');
    expect(rowName(item('start-unsaved'), 7)).toBe('Started, not saved. Due today. Acme. Net-New Onboarding: Email 1. To: ops@acme.example');
  });
});
