import { withValue } from '@/lib/shared/settings/paths';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import type { StoredProblems } from '@/lib/extension/settings/stored-settings';
import { validateSettings, type FieldErrors } from '@/lib/shared/settings/validate';
import { storedProblemText } from './stored-problems';
import { errorText, type SettingsSlice, type Slice } from './types';

const NO_ERRORS: FieldErrors = {};

/** The draft's own errors first (what is typed now); a stored problem shows on a field not yet changed. */
export function errorsOf(draft: Settings, problems: StoredProblems, changed: readonly string[]): FieldErrors {
  const result = validateSettings(draft);
  const typed = result.ok ? NO_ERRORS : result.errors;
  const stored = Object.entries(problems).filter(([path]) => !changed.includes(path));
  if (stored.length === 0) return typed;
  return { ...Object.fromEntries(stored.map(([path, problem]) => [path, storedProblemText(problem)])), ...typed };
}

const unchangedProblems = (problems: StoredProblems, changed: readonly string[]): StoredProblems =>
  Object.fromEntries(Object.entries(problems).filter(([path]) => !changed.includes(path)));

export const sameSettings = (a: Settings, b: Settings): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The settings form: a draft validated on every change, so each field shows its error as it is typed. */
export const settingsSlice: Slice<SettingsSlice> = (set, get, backend) => {
  const edit = (draft: Settings, path: string) => {
    const changed = get().changed.includes(path) ? get().changed : [...get().changed, path];
    set({ draft, changed, errors: errorsOf(draft, get().storedProblems, changed) });
  };
  const programs = () => get().draft.programs;

  return {
    saved: DEFAULT_SETTINGS,
    draft: DEFAULT_SETTINGS,
    storedProblems: {},
    changed: [],
    errors: NO_ERRORS,
    saving: false,

    setText: (path, value) => edit(withValue(get().draft, path, value), path),
    setFlag: (path, value) => edit(withValue(get().draft, path, value), path),
    setProgramsList: (key, value) => edit({ ...get().draft, programs: { ...programs(), [key]: value } }, `programs.${key}`),

    setProgramEnabled(programId, enabled) {
      const others = programs().disabled.filter((id) => id !== programId);
      edit({ ...get().draft, programs: { ...programs(), disabled: enabled ? others : [...others, programId] } }, 'programs.disabled');
    },

    setProgramSender(program, sender) {
      const { [program.id]: _previous, ...others } = programs().senders;
      const senders = sender === program.sender ? others : { ...others, [program.id]: sender };
      edit({ ...get().draft, programs: { ...programs(), senders } }, `programs.senders.${program.id}`);
    },

    async save() {
      const result = validateSettings(get().draft);
      if (!result.ok) {
        const count = Object.keys(result.errors).length;
        set({ errors: errorsOf(get().draft, get().storedProblems, get().changed) });
        get().notify('settings', { kind: 'error', text: `Not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing (marked below).` });
        return false;
      }
      set({ saving: true });
      try {
        const kept = unchangedProblems(get().storedProblems, get().changed);
        await backend.saveSettings(result.settings, Object.keys(kept));
        set({ saved: result.settings, draft: result.settings, storedProblems: kept, changed: [], errors: errorsOf(result.settings, kept, []) });
        get().notify('settings', { kind: 'status', text: 'Saved. Open Gainsight and Salesforce tabs use the new settings now.' });
        return true;
      } catch (error) {
        get().notify('settings', { kind: 'error', text: `Not saved: ${errorText(error)}` });
        return false;
      } finally {
        set({ saving: false });
      }
    },

    discard() {
      set({ draft: get().saved, changed: [], errors: errorsOf(get().saved, get().storedProblems, []) });
      get().notify('settings', { kind: 'status', text: 'Changes discarded.' });
    },

    adoptStored({ settings, problems }) {
      const { saved, draft, changed } = get();
      if (sameSettings(saved, settings) && JSON.stringify(problems) === JSON.stringify(get().storedProblems)) return;
      // Unsaved edits are kept; only what cannot be edited in the form (the domains) follows along.
      const untouched = sameSettings(saved, draft) && changed.length === 0;
      const next = untouched ? settings : { ...draft, gainsight: { ...draft.gainsight, customDomains: settings.gainsight.customDomains } };
      set({ saved: settings, draft: next, storedProblems: problems, errors: errorsOf(next, problems, changed) });
    },
  };
};
