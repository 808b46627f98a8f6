import { createStore } from 'zustand/vanilla';
import type { OptionsBackend } from '../options-backend';
import { catalogSlice } from './catalog-slice';
import { dataSlice } from './data-slice';
import { domainsSlice } from './domains-slice';
import { errorsOf, settingsSlice } from './settings-slice';
import { storedProblemsNotice } from './stored-problems';
import { errorText, type CommonSlice, type OptionsState, type OptionsStore, type Slice } from './types';

export type { Notice, NoticeArea, OptionsState, OptionsStore } from './types';
export { catalogInUse } from './catalog-slice';
export { sameSettings } from './settings-slice';

/** Loading everything the page shows at once, and the per-area notices. */
const commonSlice: Slice<CommonSlice> = (set, get, backend) => ({
  phase: 'loading',
  loadError: null,
  manifest: backend.manifest(),
  notices: {},

  async load() {
    try {
      const [{ settings, problems }, customCatalog, domains] = await Promise.all([
        backend.loadSettings(),
        backend.loadCustomCatalog(),
        backend.listDomains(),
      ]);
      const problemNotice = storedProblemsNotice(problems);
      set({
        phase: 'ready',
        saved: settings,
        draft: settings,
        storedProblems: problems,
        changed: [],
        errors: errorsOf(settings, problems, []),
        customCatalog,
        domains: domains.ok ? domains.domains : settings.gainsight.customDomains.map((domain) => ({ domain, active: false })),
        notices: problemNotice ? { settings: problemNotice } : {},
      });
    } catch (error) {
      set({ phase: 'error', loadError: errorText(error) });
    }
  },

  notify(area, notice) {
    set({ notices: { ...get().notices, [area]: notice ?? undefined } });
  },
});

/** One store for the options page; slices keep each section's behaviour in its own file. */
export function createOptionsStore(backend: OptionsBackend): OptionsStore {
  return createStore<OptionsState>()((set, get) => ({
    ...commonSlice(set, get, backend),
    ...settingsSlice(set, get, backend),
    ...catalogSlice(set, get, backend),
    ...domainsSlice(set, get, backend),
    ...dataSlice(set, get, backend),
  }));
}
