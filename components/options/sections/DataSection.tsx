import { JsonFileField } from '../fields/JsonFileField';
import { Notices } from '../layout/Notices';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { ClearEverything } from './ClearEverything';

export function DataSection() {
  const exportBackup = useOptions((s) => s.exportBackup);
  const importBackup = useOptions((s) => s.importBackup);
  return (
    <Section id="data" title="Data" intro="Reminders and the history of sends live in this browser only. Back them up, move them, or delete everything.">
      <button type="button" onClick={() => void exportBackup()}>
        Export reminders backup (JSON)
      </button>
      <JsonFileField
        name="backup-file"
        label="Import a reminders backup (JSON file)"
        hint="Merged with what is here, keeping the more advanced record of each send. A file with any error changes nothing."
        onText={importBackup}
      />
      <ClearEverything />
      <Notices area="data" />
    </Section>
  );
}
