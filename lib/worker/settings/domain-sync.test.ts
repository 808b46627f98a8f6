import { describe, expect, it } from 'vitest';
import { serialDomainSync, syncCustomDomains, type DomainApi } from './domain-sync';

/** A browser in memory: registered scripts and granted origins. */
function fakeApi(granted: string[] = [], registered: string[] = []) {
  const state = { granted: new Set(granted), scripts: new Map(registered.map((id) => [id, { id }])), removed: [] as string[] };
  const api: DomainApi = {
    registered: async () => [...state.scripts.values()],
    unregister: async (ids) => ids.forEach((id) => state.scripts.delete(id)),
    hasAccess: async (origin) => state.granted.has(origin),
    removeAccess: async (origin) => {
      state.removed.push(origin);
      state.granted.delete(origin);
    },
  };
  return { api, state };
}

describe('syncCustomDomains', () => {
  it('calls a listed domain active while the browser grants its origin, registering nothing', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    expect(await syncCustomDomains(['cs.acme.example', 'cs.other.example'], api)).toEqual([
      { domain: 'cs.acme.example', active: true },
      { domain: 'cs.other.example', active: false },
    ]);
    expect(state.scripts.size).toBe(0);
  });

  it('removes the loaders earlier versions registered, and leaves other scripts alone', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*'], ['custom-gainsight-cs.acme.example', 'someone-elses-script']);
    await syncCustomDomains(['cs.acme.example'], api);
    expect([...state.scripts.keys()]).toEqual(['someone-elses-script']);
  });

  it('never gives access back, even for an empty list (the settings may only have failed to load)', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    await syncCustomDomains([], api);
    expect(state.removed).toEqual([]);
    expect(state.granted.has('https://cs.acme.example/*')).toBe(true);
  });

  it('keeps a listed domain whose access was revoked, inactive, without touching its access', async () => {
    const { api, state } = fakeApi(['https://cs.acme.example/*']);
    state.granted.clear();
    expect(await syncCustomDomains(['cs.acme.example'], api)).toEqual([{ domain: 'cs.acme.example', active: false }]);
    expect(state.removed).toEqual([]);
  });

  it('runs overlapping syncs one after another', async () => {
    const { api, state } = fakeApi([], ['custom-gainsight-cs.acme.example']);
    const sync = serialDomainSync(async () => ['cs.acme.example'], api);
    const results = await Promise.all([sync(), sync(), sync()]);
    expect(results.every((r) => r[0]?.active === false)).toBe(true);
    expect(state.scripts.size).toBe(0);
  });
});
