import { describe, expect, it } from 'vitest';
import { LOADER_FILE, parseCustomDomain, scriptIdFor, serialDomainSync, syncCustomDomains, type DomainApi } from './custom-domains';

/** A browser in memory: registered scripts and granted origins. */
function fakeApi(granted: string[] = [], registered: string[] = []) {
  const state = { granted: new Set(granted), scripts: new Map(registered.map((id) => [id, { id }])), removed: [] as string[] };
  const api: DomainApi = {
    registered: async () => [...state.scripts.values()],
    register: async (scripts) => {
      for (const s of scripts) {
        if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.scripts.set(s.id, s);
      }
    },
    unregister: async (ids) => ids.forEach((id) => state.scripts.delete(id)),
    hasAccess: async (origin) => state.granted.has(origin),
    removeAccess: async (origin) => {
      state.removed.push(origin);
      state.granted.delete(origin);
    },
  };
  return { api, state };
}

describe('parseCustomDomain', () => {
  it('takes a host name or a pasted https URL, lower-cased', () => {
    expect(parseCustomDomain(' CS.Acme.example ')).toEqual({ ok: true, domain: 'cs.acme.example' });
    expect(parseCustomDomain('https://cs.acme.example/v1/ui/customersuccess360?cid=1')).toEqual({ ok: true, domain: 'cs.acme.example' });
    expect(parseCustomDomain('cs.gitlab-tenant.sandbox.test')).toEqual({ ok: true, domain: 'cs.gitlab-tenant.sandbox.test' });
  });

  it('refuses what is not one host, plain http, and hosts the manifest already covers', () => {
    for (const bad of ['', 'acme', 'cs acme.example', '*.acme.example', 'http://cs.acme.example']) expect(parseCustomDomain(bad).ok).toBe(false);
    for (const covered of ['acme.gainsightcloud.com', 'gitlab.my.salesforce.com', 'x.visual.force.com']) {
      const result = parseCustomDomain(covered);
      expect(result.ok ? 'accepted' : result.error).toContain('already works there');
    }
  });
});

describe('syncCustomDomains', () => {
  it('registers the Gainsight loader for each granted domain, once, persisted across sessions', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    expect(await syncCustomDomains(['cs.acme.example'], api)).toEqual([{ domain: 'cs.acme.example', active: true }]);
    expect(state.scripts.get(scriptIdFor('cs.acme.example'))).toEqual({
      id: 'custom-gainsight-cs.acme.example',
      js: [LOADER_FILE],
      matches: ['https://cs.acme.example/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await syncCustomDomains(['cs.acme.example'], api);
    expect(state.scripts.size).toBe(1);
  });

  it('re-registers a domain whose registration the browser lost (worker start)', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    await syncCustomDomains(['cs.acme.example'], api);
    state.scripts.clear();
    await syncCustomDomains(['cs.acme.example'], api);
    expect([...state.scripts.keys()]).toEqual([scriptIdFor('cs.acme.example')]);
  });

  it('unregisters a removed domain and gives its access back; other scripts are left alone', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*'], ['someone-elses-script']);
    await syncCustomDomains(['cs.acme.example'], api);
    await syncCustomDomains([], api);
    expect([...state.scripts.keys()]).toEqual(['someone-elses-script']);
    expect(state.removed).toEqual(['https://cs.acme.example/*']);
  });

  it('keeps a listed domain whose access was revoked, inactive and unregistered, without touching its access', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    await syncCustomDomains(['cs.acme.example'], api);
    state.granted.clear();
    expect(await syncCustomDomains(['cs.acme.example'], api)).toEqual([{ domain: 'cs.acme.example', active: false }]);
    expect(state.scripts.size).toBe(0);
    expect(state.removed).toEqual([]);
  });

  it('runs overlapping syncs one after another, so a domain is never registered twice', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    const sync = serialDomainSync(async () => ['cs.acme.example'], api);
    await Promise.all([sync(), sync(), sync()]);
    expect(state.scripts.size).toBe(1);
  });
});
