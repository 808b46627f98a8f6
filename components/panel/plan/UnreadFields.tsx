import type { Account } from '@/lib/accounts/account';
import { engineSettingsFrom } from '@/lib/programs/from-settings';
import type { Plan } from '@/lib/programs/plan';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/programs/settings';
import { unreadFields as fieldsNotUsable } from '@/lib/programs/unread-fields';
import { usePanel } from '../StoreContext';

interface Unread {
  message: string;
  programs: string[];
}

/**
 * Which fields could not be read and which programs that leaves undecided, named by the tenant's own
 * labels: on C360 every field the page lacks (a tenant may have renamed it: the label is a setting); from
 * Salesforce those unreadable or explained, since most program fields live in Gainsight.
 */
function unreadFields(account: Account, plan: Plan, settings: Parameters<typeof fieldsNotUsable>[1]): Map<string, Unread> {
  const unread = new Map<string, Unread>();
  for (const { label, message } of fieldsNotUsable(account, settings)) unread.set(label, { message, programs: [] });
  for (const entry of plan.entries) {
    if (entry.state !== 'unknown') continue;
    for (const missing of entry.missing) {
      const item = unread.get(missing.label) ?? { message: missing.message, programs: [] };
      item.programs.push(entry.program.name);
      unread.set(missing.label, item);
    }
  }
  return unread;
}

export function UnreadFields({ account, plan }: { account: Account; plan: Plan }) {
  const settings = usePanel((s) => s.inputs?.settings);
  const unread = unreadFields(account, plan, settings ? engineSettingsFrom(settings) : DEFAULT_ENGINE_SETTINGS);
  if (!unread.size) return null;
  return (
    <section className="pc-unread" aria-label="Could not be read">
      <h3 className="pc-section-title">Could not be read</h3>
      <ul aria-label="Fields that could not be read">
        {[...unread].map(([label, { message, programs }]) => {
          const affects = programs.length ? `Affects ${programs.join(', ')}.` : 'No program depends on it.';
          return (
            <li key={label} aria-label={`${label}: ${affects}`}>
              <strong>{label}</strong>: {message}. {affects}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
