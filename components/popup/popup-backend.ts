/**
 * Where the popup's data comes from. Reads go straight to the repository (same origin, and no wait
 * for a sleeping service worker before the first rows paint); writes go through the background, which
 * owns them and refreshes the badge, the alarm and notifications after each one.
 */
import { browser } from 'wxt/browser';
import type { IsoDate } from '@/lib/shared/accounts/account';
import { sendMessage } from '@/lib/ui/messaging/send';
import { type GroupCounts, repository } from '@/lib/extension/reminders/repository';
import type { ActionResult } from '@/lib/shared/reminders/results';
import type { UndoSummary } from '@/lib/shared/reminders/undo';
import { checkRows, type CheckedRows } from './checked-rows';

export interface PopupBackend {
  /** Pending reminders, checked: malformed ones are set aside and named (checked-rows.ts). */
  listPending(limit?: number): Promise<CheckedRows>;
  countPending(today: IsoDate): Promise<GroupCounts>;
  lastUndo(): Promise<UndoSummary | null>;
  markSent(key: string): Promise<ActionResult>;
  snooze(key: string, until: IsoDate): Promise<ActionResult>;
  skip(key: string, reason: string): Promise<ActionResult>;
  undo(): Promise<ActionResult>;
  openAccount(url: string): Promise<void>;
}

export function extensionBackend(): PopupBackend {
  const repo = repository();
  return {
    listPending: async (limit) => checkRows(await repo.listPending(limit)),
    countPending: (today) => repo.countPending(today),
    lastUndo: () => repo.lastUndo(),
    markSent: (key) => sendMessage('reminders.markSent', { key }),
    snooze: (key, until) => sendMessage('reminders.snooze', { key, until }),
    skip: (key, reason) => sendMessage('reminders.skip', { key, reason }),
    undo: () => sendMessage('reminders.undo', {}),
    // tabs.create needs no "tabs" permission.
    openAccount: async (url) => {
      await browser.tabs.create({ url });
    },
  };
}
