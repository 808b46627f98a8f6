/**
 * The account fields the panel should say it could not use, named as the tenant names them: not on the
 * C360 page, unreadable, contradicted by another field, or explained by the adapter (fieldNotes). Kept out
 * of the plan so planning a whole book of business does not pay for a list only the panel shows.
 */
import type { Account, AccountSource } from '../accounts/account';
import { AccountView } from './account-view';
import { FieldNames } from './fields';
import type { MissingField } from './plan';
import { resolveSettings, type EngineSettings, type ResolvedSettings } from './settings';
import { Spellings } from './spelling';

const names = new WeakMap<ResolvedSettings, Record<AccountSource, FieldNames>>();
const spellings = new WeakMap<ResolvedSettings, Spellings>();

export function unreadFields(account: Account, settings: EngineSettings): readonly MissingField[] {
  const resolved = resolveSettings(settings);
  let bySource = names.get(resolved);
  if (!bySource) {
    bySource = { gainsight: new FieldNames(settings, 'gainsight'), salesforce: new FieldNames(settings, 'salesforce') };
    names.set(resolved, bySource);
  }
  let spelled = spellings.get(resolved);
  if (!spelled) spellings.set(resolved, (spelled = new Spellings(resolved)));
  return new AccountView(account, spelled, bySource[account.source] ?? bySource.gainsight).unreadFields();
}
