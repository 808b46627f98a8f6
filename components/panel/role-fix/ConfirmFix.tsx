import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Contact } from '@/lib/shared/accounts/account';

/**
 * The inline "are you sure": it takes focus when it opens (so keyboard and screen reader users land
 * on the decision) and Escape cancels, as in a dialog, without the weight of one.
 */
export function ConfirmFix({ contact, adminValue, onConfirm, onCancel }: { contact: Contact; adminValue: string; onConfirm: () => void; onCancel: () => void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => confirmRef.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };
  return (
    <div className="pc-confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId}>
        Add {adminValue} to {contact.name}'s role? Other roles are kept.
      </p>
      <button type="button" ref={confirmRef} onClick={onConfirm}>
        Confirm
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
