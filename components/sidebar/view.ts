import type { Account } from '@/lib/accounts/account';
import type { RecordPage } from '@/lib/pages/record-urls';
import type { Plan } from '@/lib/programs/plan';

/** Where the user fixes a missing GitLab Admin, when the adapter knows. */
export interface AdminFix {
  /** The Salesforce Account page, for the one-click fix. */
  salesforceUrl?: string;
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
