import { BACKUP_LIMITS } from '@/lib/extension/reminders/backup-limits';
import { JsonFileField } from '../fields/JsonFileField';
import { SelectField } from '../fields/SelectField';
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
      <SelectField
        path="book.keepDays"
        label="Keep My book's cached accounts and contacts for"
        choices={[
          { value: '1', label: '1 day' },
          { value: '7', label: '7 days' },
          { value: '14', label: '14 days (the team’s choice)' },
          { value: '30', label: '30 days' },
          { value: '90', label: '90 days' },
        ]}
        hint="My book keeps each Salesforce org's book as last read — its accounts with their contacts' names, email addresses and roles, and the lists planned from them — in this browser, so it opens at once, and shows it only to the Salesforce user it was read for. A book read longer ago than this is deleted when My book opens or the extension starts, and read again from Salesforce when you next open My book. Reminders and the history of sends stay until you delete them."
      />
      <ClearEverything />
      <Notices area="data" />
    </Section>
  );
}
