/**
 * Where the value of a token is set, for the panel's "set it" links: the sender's tokens come from
 * Options → Sender identity; the others (survey and event links) have no setting here, so they are
 * filled or removed in Gainsight's dialog.
 */
import { settingFieldId } from '../settings/field-id';

const SETTING_OF: Readonly<Record<string, string>> = {
  'sender.name': 'sender.name',
  'sender.email': 'sender.email',
  'sender.title': 'sender.title',
};

/** The options page's element id of the field that sets `token`, or null when no setting does. */
export function settingFieldFor(token: string): string | null {
  const path = SETTING_OF[token];
  return path ? settingFieldId(path) : null;
}
