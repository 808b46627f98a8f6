import type { Account } from '@/lib/accounts/account';
import { ACCOUNT_FIELD_KEYS, OPTIONAL_FIELDS } from '@/lib/accounts/fields';
import { describeMissing } from '@/lib/programs/fields';
import type { Plan } from '@/lib/programs/plan';

interface Unread {
  message: string;
  programs: string[];
}

/**
 * Which fields could not be read and which programs that leaves undecided. On C360 every field the
 * page lacks is listed (a tenant may have renamed it: the label is a setting); from Salesforce only
 * those that matter, since most program fields live in Gainsight, not in Salesforce.
 */
function unreadFields(account: Account, plan: Plan): Map<string, Unread> {
  const unread = new Map<string, Unread>();
  if (account.source === 'gainsight') {
    for (const key of ACCOUNT_FIELD_KEYS) {
      const missing = !(key in account.fields) && !OPTIONAL_FIELDS.has(key);
      if (missing || key in account.unreadable) {
        const { label, message } = describeMissing(account, key);
        unread.set(label, { message, programs: [] });
      }
    }
  }
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
  const unread = unreadFields(account, plan);
  if (!unread.size) return null;
  return (
    <section className="pc-unread" aria-label="Could not be read">
      <h4 className="pc-section-title">Could not be read</h4>
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
