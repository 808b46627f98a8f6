import { BACKUP_LIMITS } from '@/lib/reminders/backup-limits';
import { JsonFileField } from '../fields/JsonFileField';
import { Notices } from '../layout/Notices';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { ClearEverything } from './ClearEverything';

const BACKUP_LIMITS_TEXT = `${BACKUP_LIMITS.bytes / (1024 * 1024)} MB and ${BACKUP_LIMITS.reminders.toLocaleString('en-US')} reminders`;

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
        hint={`Merged with what is here, keeping the more advanced record of each send. A file with any error changes nothing. A backup may be at most ${BACKUP_LIMITS_TEXT} (the team's choice).`}
        onText={importBackup}
      />
      <ClearEverything />
      <Notices area="data" />
    </Section>
  );
}
