import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACME, onboarding } from '../../extension/reminders/repository.test-support';
import { reminderHandlers } from './handlers';

vi.mock('./start', () => ({ backgroundRefresh: vi.fn(async () => undefined) }));

const extensionPage = { url: fakeBrowser.runtime.getURL('/popup.html'), fromExtensionPage: true };
const contentScript = { url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-ACME', tabId: 7, frameId: 0, fromExtensionPage: false };

beforeEach(() => fakeBrowser.reset());

describe('reminders messages', () => {
  it('accept a sequence and answer idempotently', async () => {
    const first = await reminderHandlers['reminders.startSequence'](onboarding(), extensionPage);
    const again = await reminderHandlers['reminders.startSequence'](onboarding(), extensionPage);
    expect([first.created, again.created]).toEqual([true, false]);
  });

  it('reject a malformed payload, naming the field', async () => {
    const bad = { ...onboarding(), startedOn: '11/23/2026', account: { ...ACME, url: 'javascript:alert(1)' } };
    await expect(reminderHandlers['reminders.startSequence'](bad, contentScript)).rejects.toThrow(
      /^reminders\.startSequence: account\.url: expected a web address \(https:\/\/…\); startedOn: expected a date like 2026-11-23$/,
    );
    await expect(reminderHandlers['reminders.recordSend']({ ...onboarding(), step: 9, sentOn: '2026-11-02', how: 'detected' }, contentScript))
      .rejects.toThrow('step: is not one of the steps');
  });

  it.each(['reminders.list', 'reminders.markSent', 'reminders.snooze', 'reminders.skip', 'reminders.undo', 'reminders.exportBackup', 'reminders.importBackup'] as const)(
    'take %s only from the extension\'s own pages', async (type) => {
      const handler = reminderHandlers[type] as (payload: unknown, sender: object) => Promise<unknown>;
      await expect(handler({ key: 'x', until: '2030-01-01', reason: 'r', text: '{}' }, contentScript)).rejects.toThrow(
        `${type} is only accepted from the extension's own pages`,
      );
    },
  );

  it('run popup actions from an extension page', async () => {
    const { reminder } = await reminderHandlers['reminders.startSequence'](onboarding(), extensionPage);
    const snoozed = await reminderHandlers['reminders.snooze']({ key: reminder!.key, until: '2099-01-01' }, extensionPage);
    expect(snoozed).toMatchObject({ ok: true, undo: { label: 'snooze for Acme Corp' } });
    expect(await reminderHandlers['reminders.undo']({}, extensionPage)).toMatchObject({ ok: true });
    const { text } = await reminderHandlers['reminders.exportBackup']({}, extensionPage);
    expect(await reminderHandlers['reminders.importBackup']({ text }, extensionPage)).toMatchObject({ ok: true });
  });
});
