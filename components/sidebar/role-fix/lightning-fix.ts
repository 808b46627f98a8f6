import { sendMessage } from '@/lib/messaging/protocol';
import type { AdminFix } from '../view';

export interface LightningFixOptions {
  pageHost: string;
  adminValue: string;
  signInUrl?: string;
  /** Reads the account again and shows it in the panel. */
  reread: () => Promise<void>;
}

/** The one-click fix on a Lightning page: the background PATCHes, then the panel re-reads the account. */
export function lightningAdminFix(options: LightningFixOptions): AdminFix {
  return {
    adminValue: options.adminValue,
    signInUrl: options.signInUrl,
    async makeAdmin(contactId) {
      const result = await sendMessage('salesforce.makeAdmin', { pageHost: options.pageHost, contactId });
      // The change is saved whatever the re-read does; a failed re-read only leaves the panel stale,
      // which the "Refresh the page" advice already covers.
      if (result.ok) await options.reread().catch(() => undefined);
      return result;
    },
    reloadPage: () => location.reload(),
  };
}
