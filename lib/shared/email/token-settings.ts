/**
 * Where the value of a token is set, for the panel's "set it" links: the sender's tokens come from
 * Options → Sender identity, or, for a program the account's AE sends, from the account's page: there the
 * link goes to the program's sender choice. An event's date and registration link are set beside the
 * event in Options. The survey link has no setting here, so it is filled or removed in Gainsight's dialog.
 */
import type { Sender } from '../programs/types';
import { settingFieldId } from '../settings/field-id';

const SETTING_OF: Readonly<Record<string, string>> = {
  'sender.name': 'sender.name',
  'sender.email': 'sender.email',
  'sender.title': 'sender.title',
};

/** What a token's value depends on beyond the user's identity: the program's sender, and its event. */
export interface TokenContext {
  kind: Sender;
  programId: string;
  /** The event key of an event's invitation. */
  event?: string;
}

/** The options page's element id of the field that sets `token`, or null when no setting does. */
export function settingFieldFor(token: string, context?: TokenContext): string | null {
  if (context?.kind === 'account-executive' && token.startsWith('sender.')) return senderChoiceFieldId(context.programId);
  if (context?.event && token === 'event.url') return eventLinkFieldId(context.event);
  if (context?.event && token === 'event.date') return eventDateFieldId(context.event);
  const path = SETTING_OF[token];
  return path ? settingFieldId(path) : null;
}

/** The options page's element ids of an event's registration link and of its "add a date" field. */
export const eventLinkFieldId = (event: string): string => settingFieldId(`programs.eventLinks.${event}`);
export const eventDateFieldId = (event: string): string => settingFieldId(`programs.eventDates.${event}`);

/** The options page's element id of a program's sender choice. */
export const senderChoiceFieldId = (programId: string): string => settingFieldId(`programs.senders.${programId}`);
