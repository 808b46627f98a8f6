import { type FormEvent, useId, useRef, useState } from 'react';
import type { Reminder } from '@/lib/shared/reminders/records';
import { usePopup } from './StoreContext';

/** "Skip": asks why before skipping the step (the reason is kept with the reminder). Escape cancels. */
export function SkipControl({ reminder, subject }: { reminder: Reminder; subject: string }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const skip = usePopup((s) => s.skip);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const inputId = useId();

  const cancel = () => {
    setAsking(false);
    buttonRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    if (await skip(reminder, reason)) setAsking(false);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={`Skip ${subject}`}
        aria-expanded={asking}
        aria-controls={asking ? formId : undefined}
        onClick={() => setAsking((a) => !a)}
      >
        Skip
      </button>
      {asking && (
        <form
          id={formId}
          className="inline-form"
          aria-label={`Skip ${subject}`}
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <label htmlFor={inputId}>Reason for skipping</label>
          <input id={inputId} required autoFocus maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
          <button type="submit">Skip step</button>
          <button type="button" onClick={cancel}>Cancel</button>
        </form>
      )}
    </>
  );
}
