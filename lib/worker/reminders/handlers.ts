/**
 * The background's side of the reminders messages. Every payload is parsed before use; the actions
 * that change or reveal the whole list are taken only from the extension's own pages (popup, options),
 * never from a content script running inside a host page.
 */
import type { z } from 'zod';
import type { Handlers, MessageSender, MessageType } from '../../shared/messaging/protocol';
import { toIsoDate } from '../../shared/dates/local';
import { exportWhatCanBeRead, importBackup } from '../../extension/reminders/backup';
import {
  importInputSchema, keyInputSchema, listInputSchema, recordSendInputSchema, recordSendsInputSchema, sequenceInputSchema,
  skipInputSchema, snoozeInputSchema, undoTokenInputSchema,
} from '../../shared/reminders/inputs';
import { formatIssues } from '../../extension/reminders/issues';
import { repository } from '../../extension/reminders/repository';
import { backgroundRefresh } from './start';

type ReminderMessage = Extract<MessageType, `reminders.${string}`>;

function parse<T>(type: ReminderMessage, schema: z.ZodType<T>, payload: unknown): T {
  const result = schema.safeParse(payload);
  if (!result.success) throw new Error(`${type}: ${formatIssues(result.error, 'payload').join('; ')}`);
  return result.data;
}

function requireExtensionPage(type: ReminderMessage, sender: MessageSender): void {
  if (!sender.fromExtensionPage) {
    throw new Error(`${type} is only accepted from the extension's own pages`);
  }
}

const today = () => toIsoDate(new Date());

/**
 * Runs a write, then brings badge, notifications and alarm up to date before answering. The write
 * has happened by then, so a failing refresh is logged, not reported as a failed write.
 */
export async function thenRefresh<T>(result: Promise<T>): Promise<T> {
  const value = await result;
  await backgroundRefresh().catch((error: unknown) => console.error('[reminders] refresh failed', error));
  return value;
}

export const reminderHandlers: Pick<Handlers, ReminderMessage> = {
  async 'reminders.startSequence'(payload) {
    return thenRefresh(repository().startSequence(parse('reminders.startSequence', sequenceInputSchema, payload)));
  },

  async 'reminders.recordSend'(payload) {
    return thenRefresh(repository().recordSend(parse('reminders.recordSend', recordSendInputSchema, payload)));
  },

  async 'reminders.recordSends'(payload, sender) {
    requireExtensionPage('reminders.recordSends', sender);
    const { sends, label } = parse('reminders.recordSends', recordSendsInputSchema, payload);
    // My book waits on this answer to plan the accounts again; badge, notifications and alarm follow
    // the write without holding it up (100 rows can make several sends due, each a notification).
    const { undo, token } = await repository().recordSends(sends, label);
    void backgroundRefresh().catch((error: unknown) => console.error('[reminders] refresh failed', error));
    return { undo, token };
  },

  async 'reminders.list'(payload, sender) {
    requireExtensionPage('reminders.list', sender);
    const { limit } = parse('reminders.list', listInputSchema, payload);
    return { reminders: await repository().listPending(limit) };
  },

  async 'reminders.markSent'(payload, sender) {
    requireExtensionPage('reminders.markSent', sender);
    const { key } = parse('reminders.markSent', keyInputSchema, payload);
    return thenRefresh(repository().markSent(key, today()));
  },

  async 'reminders.snooze'(payload, sender) {
    requireExtensionPage('reminders.snooze', sender);
    const { key, until } = parse('reminders.snooze', snoozeInputSchema, payload);
    return thenRefresh(repository().snooze(key, until, today()));
  },

  async 'reminders.skip'(payload, sender) {
    requireExtensionPage('reminders.skip', sender);
    const { key, reason } = parse('reminders.skip', skipInputSchema, payload);
    return thenRefresh(repository().skip(key, reason, today()));
  },

  async 'reminders.undo'(_payload, sender) {
    requireExtensionPage('reminders.undo', sender);
    return thenRefresh(repository().undo());
  },

  async 'reminders.undoSends'(payload, sender) {
    requireExtensionPage('reminders.undoSends', sender);
    const { token } = parse('reminders.undoSends', undoTokenInputSchema, payload);
    return thenRefresh(repository().undoSends(token));
  },

  async 'reminders.exportBackup'(_payload, sender) {
    requireExtensionPage('reminders.exportBackup', sender);
    // Even when the database cannot be opened at this version, whatever can be read is exported.
    return exportWhatCanBeRead();
  },

  async 'reminders.importBackup'(payload, sender) {
    requireExtensionPage('reminders.importBackup', sender);
    const { text } = parse('reminders.importBackup', importInputSchema, payload);
    return thenRefresh(importBackup(text));
  },
};
