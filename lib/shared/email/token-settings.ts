/**
 * Where the value of a token is set, for the panel's "set it" links: the sender's tokens come from
 * Options → Sender identity, or, for a program the account's AE sends, from the account's page: there the
 * link goes to the program's sender choice. The others (survey and event links) have no setting here, so
 * they are filled or removed in Gainsight's dialog.
 */
import type { Sender } from '../programs/types';
import { settingFieldId } from '../settings/field-id';

const SETTING_OF: Readonly<Record<string, string>> = {
  'sender.name': 'sender.name',
  'sender.email': 'sender.email',
  'sender.title': 'sender.title',
};

/** The options page's element id of the field that sets `token`, or null when no setting does. */
export function settingFieldFor(token: string, sender?: { kind: Sender; programId: string }): string | null {
  if (sender?.kind === 'account-executive' && token.startsWith('sender.')) return senderChoiceFieldId(sender.programId);
  const path = SETTING_OF[token];
  return path ? settingFieldId(path) : null;
}

/** The options page's element id of a program's sender choice. */
export const senderChoiceFieldId = (programId: string): string => settingFieldId(`programs.senders.${programId}`);
