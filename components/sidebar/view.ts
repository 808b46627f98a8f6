import type { Account } from '@/lib/accounts/account';
import type { RecordPage } from '@/lib/pages/record-urls';
import type { Plan } from '@/lib/programs/plan';
import type { MadeAdmin } from '@/lib/salesforce/role-fix';
import type { SalesforceResult } from '@/lib/salesforce/types';

/** Where the user fixes a missing GitLab Admin, when the adapter knows. */
export interface AdminFix {
  /** The Salesforce Account page, for the one-click fix. */
  salesforceUrl?: string;
  /** The role value that makes a contact admin (a setting; "GitLab Admin" by default). */
  adminValue?: string;
  /**
   * Lightning pages with API access: adds the admin value to a contact through the background, then
   * re-reads the account into the panel. The page app owns messaging and re-reading; the panel only asks.
   */
  makeAdmin?: (contactId: string) => Promise<SalesforceResult<MadeAdmin>>;
  /** Where to sign in again when the Salesforce session has expired. */
  signInUrl?: string;
  /** Reloads the Lightning page, which keeps showing the old value after an API change. */
  reloadPage?: () => void;
}

/** What the panel body shows; each state has a plain sentence for the user. */
export type SidebarView =
  | { status: 'loading'; message?: string }
  | { status: 'error'; title: string; message: string; action?: { label: string; href: string } }
  | {
      status: 'ready';
      account: Account;
      plan: Plan;
      /** The page is still rendering: what is missing may yet appear. */
      reading: boolean;
      adminFix?: AdminFix;
      /** A note about how the data was read (e.g. from the page because the API was refused). */
      notice?: string;
      page?: RecordPage;
    };
