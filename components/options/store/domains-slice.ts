import { originPattern, parseCustomDomain } from '@/lib/shared/urls/custom-domains';
import { errorText, type DomainsSlice, type Slice } from './types';

/**
 * Custom Gainsight domains take effect at once (no Save): the browser's permission prompt is the
 * confirmation, and the background registers the loader as soon as access is granted.
 */
export const domainsSlice: Slice<DomainsSlice> = (set, get, backend) => ({
  domains: [],
  domainInput: '',
  domainError: null,

  setDomainInput: (value) => set({ domainInput: value, domainError: null }),

  async addDomain(input = get().domainInput) {
    const check = parseCustomDomain(input);
    if (!check.ok) {
      set({ domainError: check.error });
      return;
    }
    const origin = originPattern(check.domain);
    // Nothing may be awaited before this call: the browser only shows its prompt during the user's click.
    const asking = backend.requestHostAccess(origin);
    set({ domainError: null });
    get().notify('domains', { kind: 'status', text: `Your browser is asking you to allow access to ${check.domain}…` });
    try {
      if (!(await asking)) {
        get().notify('domains', { kind: 'error', text: `Your browser did not allow access to ${check.domain}, so it was not added.` });
        return;
      }
      const result = await backend.addDomain(check.domain);
      if (!result.ok) {
        get().notify('domains', { kind: 'error', text: result.error });
        return;
      }
      set({ domains: result.domains, domainInput: '' });
      get().notify('domains', {
        kind: 'status',
        text: `Added ${check.domain}. The panel opens on its Customer360 pages (reload tabs already open there).`,
      });
    } catch (error) {
      get().notify('domains', { kind: 'error', text: `${check.domain} was not added: ${errorText(error)}` });
    }
  },

  async removeDomain(domain) {
    try {
      const result = await backend.removeDomain(domain);
      if (!result.ok) {
        get().notify('domains', { kind: 'error', text: result.error });
        return;
      }
      set({ domains: result.domains });
      get().notify('domains', { kind: 'status', text: `Removed ${domain}, and gave back the extension's access to it.` });
    } catch (error) {
      get().notify('domains', { kind: 'error', text: `${domain} was not removed: ${errorText(error)}` });
    }
  },
});
