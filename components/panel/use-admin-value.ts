import { GITLAB_ADMIN_ROLE } from '@/lib/shared/accounts/account';
import { usePanel } from './StoreContext';

/** The role value that makes a contact admin: a setting ("GitLab Admin" by default). */
export function useAdminValue(): string {
  return usePanel((s) => s.inputs?.settings.salesforce.adminValue ?? GITLAB_ADMIN_ROLE);
}
