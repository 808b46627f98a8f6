import { fileDate } from '../files';
import { errorText, type DataSlice, type Slice } from './types';

/** The reminders backup (validated, all-or-nothing import in the background) and "Clear everything". */
export const dataSlice: Slice<DataSlice> = (_set, get, backend) => ({
  async exportBackup() {
    try {
      const { text, note, setAside } = await backend.exportBackup();
      backend.download(`cta-reminders-backup-${fileDate()}.json`, text);
      // A note means the database could not be opened: the file holds what could be read, as stored.
      const exported = note ? `Exported what could be read. ${note}` : 'Exported the reminders backup as a JSON file.';
      get().notify('data', { kind: 'status', text: setAside ? `${exported} ${setAside} They are in the file's "setAside" list, apart from the good records.` : exported });
    } catch (error) {
      get().notify('data', { kind: 'error', text: `The backup was not exported: ${errorText(error)}` });
    }
  },

  async importBackup(text) {
    try {
      const result = await backend.importBackup(text);
      if (!result.ok) {
        get().notify('data', {
          kind: 'error',
          text: 'The backup was not imported and nothing changed. Problems found:',
          details: result.errors,
        });
        return false;
      }
      const { added, updated, unchanged } = result.summary;
      get().notify('data', { kind: 'status', text: `Backup imported: ${added} added, ${updated} updated, ${unchanged} unchanged.` });
      return true;
    } catch (error) {
      get().notify('data', { kind: 'error', text: `The backup was not imported: ${errorText(error)}` });
      return false;
    }
  },

  async clearEverything() {
    try {
      await backend.clearEverything();
    } catch (error) {
      // What was deleted is gone: the page shows what is left, then names it.
      await get().load();
      get().notify('data', { kind: 'error', text: `Not everything was deleted. ${errorText(error)}` });
      return;
    }
    await get().load();
    get().notify('data', { kind: 'status', text: 'Everything was deleted. The settings are back to their defaults.' });
  },
});
