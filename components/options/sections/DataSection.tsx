import { takeFileText } from '../files';
import { fieldIds } from '../fields/field-ids';
import { Notices } from '../layout/Notices';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { ClearEverything } from './ClearEverything';

const ids = fieldIds('backup-file');

export function DataSection() {
  const exportBackup = useOptions((s) => s.exportBackup);
  const importBackup = useOptions((s) => s.importBackup);
  return (
    <Section id="data" title="Data" intro="Reminders and the history of sends live in this browser only. Back them up, move them, or delete everything.">
      <button type="button" onClick={() => void exportBackup()}>
        Export reminders backup (JSON)
      </button>
      <div className="field">
        <label htmlFor={ids.id}>Import a reminders backup (JSON file)</label>
        <input
          id={ids.id}
          type="file"
          accept="application/json,.json"
          aria-describedby={ids.hint}
          onChange={(event) => {
            void takeFileText(event.currentTarget).then((text) => (text === null ? undefined : importBackup(text)));
          }}
        />
        <p id={ids.hint} className="field-hint">
          Merged with what is here, keeping the more advanced record of each send. A file with any error changes nothing.
        </p>
      </div>
      <ClearEverything />
      <Notices area="data" />
    </Section>
  );
}
