/** The verdict the panel shows first, in a few words: what the in-page launcher chip says. */
import { gitlabAdmins, type Account } from '../accounts/account';
import type { Plan } from '../programs/plan';

export type AdminVerdict = 'yes' | 'no' | 'unknown';

export interface Verdict {
  due: number;
  admin: AdminVerdict;
}

/** A partial contact list proves an admin exists, never that none does. */
export function adminVerdict(account: Account, adminValue: string): AdminVerdict {
  if (!account.contacts) return 'unknown';
  if (gitlabAdmins(account, adminValue).length > 0) return 'yes';
  return account.contactsIncomplete ? 'unknown' : 'no';
}

export function verdictOf(plan: Plan, account: Account, adminValue: string): Verdict {
  return { due: plan.entries.filter((e) => e.state === 'due').length, admin: adminVerdict(account, adminValue) };
}

const ADMIN_MARK: Record<AdminVerdict, string> = { yes: '✓', no: '✗', unknown: '?' };
const ADMIN_WORDS: Record<AdminVerdict, string> = { yes: 'has a GitLab Admin', no: 'no GitLab Admin', unknown: 'GitLab Admin unknown' };

export function launcherText({ due, admin }: Verdict): { text: string; label: string; tone: 'ok' | 'warn' | 'unknown' } {
  return {
    text: `${due} due · GitLab Admin ${ADMIN_MARK[admin]}`,
    label: `Open the playbook companion: ${due} due, ${ADMIN_WORDS[admin]}`,
    tone: admin === 'no' ? 'warn' : admin === 'unknown' ? 'unknown' : 'ok',
  };
}
