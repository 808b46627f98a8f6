import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepository, type Repository } from './repository';
import { ACME, GLOBEX, freshDbName, onboarding } from './repository.test-support';

let repo: Repository;
beforeEach(() => {
  repo = openRepository(freshDbName());
});
afterEach(() => repo.close());

const send = (account = ACME) => ({ ...onboarding({ account }), step: 0, sentOn: '2026-11-03', how: 'marked' as const });

describe('recordSends (My book\'s bulk mark-sent)', () => {
  it('logs every send and schedules each next step in one write, and one undo takes them all back', async () => {
    const { results, undo, token } = await repo.recordSends([send(), send(GLOBEX)], 'mark sent for 2 accounts');
    expect(results.map((r) => r.next?.step)).toEqual([1, 1]);
    expect(undo).toEqual({ action: 'markSent', label: 'mark sent for 2 accounts' });
    const after = await repo.readAll();
    expect(after.sendLog).toHaveLength(2);
    expect(after.reminders.filter((r) => r.status === 'pending')).toHaveLength(2);
    expect((await repo.undoSends(token)).ok).toBe(true);
    expect(await repo.readAll()).toEqual({ enrollments: [], sendLog: [], reminders: [] });
    // A token is undone once.
    expect(await repo.undoSends(token)).toEqual({ ok: false, error: 'There is nothing to undo.' });
  });

  it('keeps an undo per action: the earlier of two can be undone first, then the later, and the popup\'s last action is left alone', async () => {
    const first = await repo.recordSends([send()], 'mark sent for Acme');
    const second = await repo.recordSends([send(GLOBEX)], 'mark sent for Globex');
    expect(first.token).not.toBe(second.token);
    expect((await repo.undoSends(first.token)).ok).toBe(true);
    expect((await repo.readAll()).sendLog.map((s) => s.account.id)).toEqual([GLOBEX.id]);
    expect((await repo.undoSends(second.token)).ok).toBe(true);
    expect(await repo.readAll()).toEqual({ enrollments: [], sendLog: [], reminders: [] });
    // The book's actions never take the popup's undo slot.
    expect(await repo.lastUndo()).toBeNull();
  });

  it('refuses to undo an action whose records changed since, and restores nothing', async () => {
    const first = await repo.recordSends([send()], 'mark sent for Acme');
    const next = first.results[0]!.next!;
    // The next step, scheduled by the send, is then marked sent in the popup.
    expect((await repo.markSent(next.key, '2026-11-04')).ok).toBe(true);
    expect(await repo.undoSends(first.token)).toEqual({ ok: false, error: 'Cannot undo the mark sent for Acme: it changed since.' });
    expect((await repo.readAll()).sendLog).toHaveLength(2);
  });

  it('writes what one send after the other writes, when several steps of one enrollment go with other accounts', async () => {
    const inputs = [send(), { ...send(), step: 1 }, send(GLOBEX)];
    const together = await repo.recordSends(inputs, 'mark sent for 3 sends');
    const apart = openRepository(freshDbName());
    try {
      const one = [];
      for (const input of inputs) one.push(await apart.recordSend(input));
      expect(together.results.map((r) => [r.enrollment.currentStep, r.next?.step ?? null])).toEqual(one.map((r) => [r.enrollment.currentStep, r.next?.step ?? null]));
      const strip = (all: Awaited<ReturnType<Repository['readAll']>>) => ({ ...all, reminders: [...all.reminders].sort((a, b) => (a.key < b.key ? -1 : 1)), sendLog: [...all.sendLog].sort((a, b) => (a.key < b.key ? -1 : 1)) });
      expect(strip(await repo.readAll())).toEqual(strip(await apart.readAll()));
    } finally {
      apart.close();
    }
  });

  it('writes over records stored before as one send after the other would, and its undo leaves them as they were', async () => {
    // Acme's first step was sent earlier: its enrollment, log record and reminders exist before the bulk write.
    const inputs = [{ ...send(), step: 1 }, send(), send(GLOBEX)];
    const apart = openRepository(freshDbName());
    try {
      await repo.recordSend(send());
      await apart.recordSend(send());
      const stored = await repo.readAll();
      const { token } = await repo.recordSends(inputs, 'mark sent for 3 sends');
      for (const input of inputs) await apart.recordSend(input);
      const sorted = (all: Awaited<ReturnType<Repository['readAll']>>) => ({ ...all, reminders: [...all.reminders].sort((a, b) => (a.key < b.key ? -1 : 1)), sendLog: [...all.sendLog].sort((a, b) => (a.key < b.key ? -1 : 1)) });
      expect(sorted(await repo.readAll())).toEqual(sorted(await apart.readAll()));
      expect((await repo.undoSends(token)).ok).toBe(true);
      expect(sorted(await repo.readAll())).toEqual(sorted(stored));
    } finally {
      apart.close();
    }
  });
});
