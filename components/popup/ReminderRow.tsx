import { memo, useId } from 'react';
import type { Reminder } from '@/lib/shared/reminders/records';
import { formatDate } from './format';
import { SkipControl } from './SkipControl';
import { SnoozeMenu } from './SnoozeMenu';
import { usePopup } from './StoreContext';

/** What a row's buttons are about, so each button's name says which account and step it acts on. */
export function rowSubject(reminder: Reminder): string {
  return `${reminder.account.name}, ${reminder.programName}: ${reminder.stepName}`;
}

function when(reminder: Reminder): string {
  const due = formatDate(reminder.dueDate);
  return reminder.snoozedUntil ? `Snoozed until ${formatDate(reminder.snoozedUntil)} (due ${due})` : `Due ${due}`;
}

/** One pending send: its name starts with the account, then program, step and date. */
export const ReminderRow = memo(function ReminderRow({ reminder }: { reminder: Reminder }) {
  const id = useId();
  const openAccount = usePopup((s) => s.openAccount);
  const markSent = usePopup((s) => s.markSent);
  const subject = rowSubject(reminder);
  const { account } = reminder;
  return (
    <li className="reminder" aria-labelledby={`${id}-account ${id}-what ${id}-when`}>
      <p className="reminder-account" id={`${id}-account`}>{account.name}</p>
      <p className="reminder-what" id={`${id}-what`}>
        {reminder.programName} · {reminder.stepName}
      </p>
      <p className="reminder-when" id={`${id}-when`}>
        <time dateTime={reminder.pendingDue ?? reminder.dueDate}>{when(reminder)}</time>
      </p>
      <p className="reminder-to">{reminder.recipients.length ? `To ${reminder.recipients.join(', ')}` : 'No recipients recorded'}</p>
      <div className="reminder-actions">
        {account.url && (
          <button type="button" aria-label={`Open ${account.name} account`} onClick={() => void openAccount(reminder)}>
            Open
          </button>
        )}
        <button type="button" aria-label={`Mark sent for ${subject}`} onClick={() => void markSent(reminder)}>
          Mark sent
        </button>
        <SnoozeMenu reminder={reminder} subject={subject} />
        <SkipControl reminder={reminder} subject={subject} />
      </div>
    </li>
  );
});
