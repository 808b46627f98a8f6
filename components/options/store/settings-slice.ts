import { withValue } from '@/lib/settings/paths';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { validateSettings, type FieldErrors } from '@/lib/settings/validate';
import { errorText, type SettingsSlice, type Slice } from './types';

const NO_ERRORS: FieldErrors = {};

const errorsOf = (draft: Settings): FieldErrors => {
  const result = validateSettings(draft);
  return result.ok ? NO_ERRORS : result.errors;
};

export const sameSettings = (a: Settings, b: Settings): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The settings form: a draft validated on every change, so each field shows its error as it is typed. */
export const settingsSlice: Slice<SettingsSlice> = (set, get, backend) => {
  const edit = (draft: Settings) => set({ draft, errors: errorsOf(draft) });
  const programs = () => get().draft.programs;

  return {
    saved: DEFAULT_SETTINGS,
    draft: DEFAULT_SETTINGS,
    errors: NO_ERRORS,
    saving: false,

    setText: (path, value) => edit(withValue(get().draft, path, value)),
    setFlag: (path, value) => edit(withValue(get().draft, path, value)),
    setControlShare: (fraction) => edit({ ...get().draft, programs: { ...programs(), controlShare: fraction } }),

    setProgramEnabled(programId, enabled) {
      const others = programs().disabled.filter((id) => id !== programId);
      edit({ ...get().draft, programs: { ...programs(), disabled: enabled ? others : [...others, programId] } });
    },

    async save() {
      const result = validateSettings(get().draft);
      if (!result.ok) {
        const count = Object.keys(result.errors).length;
        set({ errors: result.errors });
        get().notify('settings', { kind: 'error', text: `Not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing (marked below).` });
        return false;
      }
      set({ saving: true });
      try {
        await backend.saveSettings(result.settings);
        set({ saved: result.settings, draft: result.settings, errors: NO_ERRORS });
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
      set({ draft: get().saved, errors: NO_ERRORS });
      get().notify('settings', { kind: 'status', text: 'Changes discarded.' });
    },

    adoptStored(settings) {
      const { saved, draft } = get();
      if (sameSettings(saved, settings)) return;
      // Unsaved edits are kept; only what cannot be edited in the form (the domains) follows along.
      const next = sameSettings(saved, draft) ? settings : { ...draft, gainsight: { ...draft.gainsight, customDomains: settings.gainsight.customDomains } };
      set({ saved: settings, draft: next, errors: errorsOf(next) });
    },
  };
};
