/**
 * The book's row and account actions (mark sent, start, the role fix, open): each writes through the
 * backend, plans the account again when its sends changed, and says what it did in the store's notice.
 */
import type { Account } from '../../shared/accounts/account';
import { c360AccountUrl } from '../../shared/urls/gainsight-links';
import { sentSentence } from '../../shared/planning/notices';
import { sendInput } from '../../shared/planning/sequence';
import type { BookBackend } from './book-backend';
import type { BookPlans } from './book-plans';
import type { BookState } from './store-types';

type Actions = Pick<BookState, 'markSent' | 'start' | 'makeAdmin' | 'openAccount'>;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function bookActions(backend: BookBackend, p: BookPlans, set: (partial: Partial<BookState>) => void, get: () => BookState): Actions {
/**
 * Where Start opens the account: Customer360 on the tenant last used, whose panel starts the playbook
 * in Cockpit, when the setting asks for it and a tenant is known; else the account in Lightning.
 */
async function startPage(account: Account, startIn: 'gainsight' | 'salesforce'): Promise<{ url: string; site: string } | null> {
  const c360 = startIn === 'gainsight' ? c360AccountUrl(await backend.gainsightTenant(), account.id) : null;
  if (c360) return { url: c360, site: 'Gainsight' };
  return account.url ? { url: account.url, site: 'Salesforce' } : null;
}

  return {
    async markSent(row) {
      if (!p.inputs) return;
      const { program, step } = row;
      try {
        const result = await backend.recordSend(sendInput({ program, account: row.account, step: step.index, sentOn: p.inputs.today, recipients: row.recipients ?? [], how: 'marked' }));
        await p.whole;
        const account = p.planned.get(row.account.id)?.account ?? row.account;
        await p.loadSends([account]);
        await p.add([account]);
        set({ notice: `${row.account.name}: ${sentSentence(program, step.index, result)}` });
      } catch (error) {
        set({ notice: `Not recorded: ${message(error)}` });
      }
    },

    // Nothing is recorded here: the sequence starts when its CTA is saved (seed 002), from the account's panel.
    async start(row) {
      if (!p.inputs) return;
      try {
        const where = await startPage(row.account, p.inputs.settings.book.startIn);
        if (where) await backend.openTab(where.url);
        const opened = where ? ` The account opened in ${where.site} in a new tab: start ${row.program.name} in its panel and save the CTA.` : '';
        set({ notice: `${row.account.name}: started, not saved yet. The reminders begin once the CTA is saved.${opened}` });
      } catch (error) {
        set({ notice: `Not started: ${message(error)}` });
      }
    },

    async makeAdmin(account, contactId) {
      const { org } = get();
      if (!org) return { ok: false, message: 'Choose an org first.', signInAgain: false };
      const result = await backend.makeAdmin(org, account.id, contactId);
      if (result.ok) set({ notice: `${result.name} is ${result.alreadyAdmin ? 'already' : 'now'} ${get().adminValue}: ${account.name} is no longer without one.` });
      return result;
    },

    async openAccount(account) {
      if (account.url) await backend.openTab(account.url);
    },
  };
}
