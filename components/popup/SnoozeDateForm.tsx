import { type FormEvent, useId, useState } from 'react';
import { addDays, isIsoDate } from '@/lib/shared/dates/iso';
import type { Reminder } from '@/lib/shared/reminders/records';
import { usePopup } from './StoreContext';

/** The snooze menu's "Pick a date…": a date field, at least tomorrow. Escape cancels. */
export function SnoozeDateForm({ reminder, subject, onDone }: {
  reminder: Reminder;
  subject: string;
  onDone: (snoozed: boolean) => void;
}) {
  const today = usePopup((s) => s.today);
  const snooze = usePopup((s) => s.snooze);
  const tomorrow = addDays(today, 1);
  const [value, setValue] = useState(tomorrow);
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const problemId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(value) || value < tomorrow) {
      setProblem('Pick a day after today.');
      return;
    }
    onDone(await snooze(reminder, value));
  };

  return (
    <form
      className="inline-form"
      aria-label={`Snooze ${subject} until a date`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(false);
        }
      }}
    >
      <label htmlFor={inputId}>Snooze until</label>
      <input
        id={inputId}
        type="date"
        min={tomorrow}
        required
        autoFocus
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">Snooze to this date</button>
      <button type="button" onClick={() => onDone(false)}>Cancel</button>
      {problem && <p id={problemId} className="form-problem">{problem}</p>}
    </form>
  );
}
