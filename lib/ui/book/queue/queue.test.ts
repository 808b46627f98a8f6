import { describe, expect, it } from 'vitest';
import type { Account, IsoDate } from '../../../shared/accounts/account';
import { CURRENT_CATALOG } from '../../../shared/programs/catalog-current';
import type { StepRow } from '../plan-book';
import { NO_MARKS, queueKeyOf, snapshotOf, withMarks, type QueueMark } from './marks';
import { buildQueue, queueItems, type QueueInputs } from './queue';
import { calendarOf } from './workdays';

// 2026-11-23 is a Monday.
const TODAY = '2026-11-23';
const program = CURRENT_CATALOG.programs.find((p) => p.steps.length > 1)!;
const other = CURRENT_CATALOG.programs.find((p) => p.id !== program.id)!;

const account = (id: string, arr: number | null, renewal?: IsoDate): Account => ({
  source: 'salesforce', org: 'o', id, name: `Account ${id}`, fields: { ...(arr === null ? {} : { arr }), ...(renewal ? { renewalDate: renewal } : {}) }, unreadable: {}, contacts: [], opportunities: [], programLogs: [],
});
const row = (id: string, date: IsoDate, p = program, arr: number | null = null, renewal?: IsoDate): StepRow => ({
  key: `${id}|${p.id}`, account: account(id, arr, renewal), program: p, step: { index: 0, name: p.steps[0]!.name }, date, recipients: [`${id}@x.com`],
});

const inputs: Omit<QueueInputs, 'sort' | 'grouping' | 'filter'> = {
  today: TODAY, calendar: calendarOf({ workweek: 'mon-fri', offDays: 'after' }), fatigue: { maxEmails: 2, days: 7 }, historyOf: () => new Map(),
};
const shown = { sort: 'due', grouping: 'account', filter: '' } as const;
const titles = (q: ReturnType<typeof buildQueue>) => q.sections.map((s) => [s.title, s.groups.flatMap((g) => g.items.map((i) => `${i.accountName}:${i.state}`))]);

describe('the morning queue', () => {
  it('puts each send in Overdue (with its age), Today or This week, on the CSM workdays', () => {
    const rows = [row('a', '2026-11-19'), row('b', TODAY), row('c', '2026-11-22'), row('d', '2026-11-28'), row('e', '2026-12-05')];
    const items = queueItems(rows, NO_MARKS, inputs);
    const q = buildQueue(items, shown);
    // Sunday the 22nd is Monday's send; Saturday the 28th is due on Monday the 30th; the 5th of December is after the week.
    expect(titles(q)).toEqual([['Overdue', ['Account a:open']], ['Today', ['Account b:open', 'Account c:open']], ['This week', ['Account d:open']]]);
    expect(items.find((i) => i.accountId === 'a')!.age).toBe(4);
    expect(items.find((i) => i.accountId === 'd')!.dueOn).toBe('2026-11-30');
    expect(q.progress).toEqual({ done: 0, total: 3 });
    const before = queueItems(rows, NO_MARKS, { ...inputs, calendar: calendarOf({ workweek: 'mon-fri', offDays: 'before' }) });
    expect(before.find((i) => i.accountId === 'c')!).toMatchObject({ dueOn: '2026-11-20', section: 'overdue', age: 3 });
  });

  it('keeps a row acted on today in its place, counts it done, and drops it the next day', () => {
    const rows = [row('a', TODAY), row('b', TODAY), row('c', TODAY)];
    const mark = (r: StepRow, m: Omit<QueueMark, 'row'>) => [queueKeyOf(r), { ...m, row: snapshotOf(r) }] as const;
    const marks = withMarks(NO_MARKS, new Map([
      mark(rows[0]!, { kind: 'sent', on: TODAY }),
      mark(rows[1]!, { kind: 'snoozed', on: TODAY, until: '2026-11-25' }),
      mark(rows[2]!, { kind: 'skipped', on: TODAY, reason: 'Customer asked for a pause' }),
    ]));
    // The engine has moved on from the sent step: its row is no longer given, and stays from the snapshot.
    const q = buildQueue(queueItems(rows.slice(1), marks, inputs), shown);
    expect(titles(q)[1]).toEqual(['Today', ['Account a:sent', 'Account b:snoozed', 'Account c:skipped']]);
    expect(q.progress).toEqual({ done: 3, total: 3 });
    const tomorrow = buildQueue(queueItems(rows.slice(1), marks, { ...inputs, today: '2026-11-24' }), shown);
    // Snoozed to the 25th: back then, in This week meanwhile; the skipped one is gone for good.
    expect(titles(tomorrow)).toEqual([['Overdue', []], ['Today', []], ['This week', ['Account b:open']]]);
  });

  it('sorts by ARR or renewal, groups by program with a batch for a step due for many accounts on one day', () => {
    const rows = [row('a', TODAY, program, 10, '2027-03-01'), row('b', TODAY, program, 30, '2027-01-01'), row('c', TODAY, program, null), row('d', TODAY, other, 20, '2026-12-01')];
    const items = queueItems(rows, NO_MARKS, inputs);
    expect(buildQueue(items, { ...shown, sort: 'arr' }).sections[1]!.groups.map((g) => g.title)).toEqual(['Account b', 'Account d', 'Account a', 'Account c']);
    expect(buildQueue(items, { ...shown, sort: 'renewal' }).sections[1]!.groups.map((g) => g.title)).toEqual(['Account d', 'Account b', 'Account a', 'Account c']);
    const byProgram = buildQueue(items, { ...shown, grouping: 'program' }).sections[1]!.groups;
    const batched = byProgram.find((g) => g.title === program.name)!;
    expect(batched.entries).toHaveLength(1);
    expect(batched.entries[0]).toMatchObject({ kind: 'batch', batch: { stepName: program.steps[0]!.name, dueOn: TODAY } });
    expect(byProgram.find((g) => g.title === other.name)!.entries[0]!.kind).toBe('item');
  });

  it('flags a send that would cross the fatigue limit, with the day it becomes fine; the filter keeps the counts', () => {
    const history = new Map([['a@x.com', ['2026-11-20', '2026-11-19']]]);
    const items = queueItems([row('a', TODAY), row('b', TODAY)], NO_MARKS, { ...inputs, historyOf: (id) => (id === 'a' ? history : new Map()) });
    expect(items.find((i) => i.accountId === 'a')!.fatigue).toEqual({ contact: 'a@x.com', count: 2, fineFrom: '2026-11-26' });
    expect(items.find((i) => i.accountId === 'b')!.fatigue).toBeNull();
    const q = buildQueue(items, { ...shown, filter: 'b@x.com' });
    expect(q.sections[1]).toMatchObject({ count: 2 });
    expect(q.sections[1]!.groups.map((g) => g.title)).toEqual(['Account b']);
  });

  it('shows a start whose Gainsight form is not saved yet as its own state, still to do', () => {
    const rows = [row('a', TODAY), row('b', TODAY)];
    const started = (r: StepRow, saved?: boolean): QueueMark => ({ kind: 'started', on: TODAY, row: snapshotOf(r), ...(saved === undefined ? {} : { saved }) });
    const marks = withMarks(NO_MARKS, new Map([[queueKeyOf(rows[0]!), started(rows[0]!, false)], [queueKeyOf(rows[1]!), started(rows[1]!)]]));
    const q = buildQueue(queueItems(rows, marks, inputs), shown);
    expect(titles(q)).toEqual([['Overdue', []], ['Today', ['Account a:start-unsaved', 'Account b:started']], ['This week', []]]);
    expect(q.progress).toEqual({ done: 0, total: 2 });
  });
});
