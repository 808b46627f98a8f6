import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

const REASONS = ['Not relevant for this account now', 'Customer asked for a pause', 'Sent outside Gainsight', 'Contact left the company'];

/** Why a send is skipped: asked before skipping, kept with the mark. */
export function SkipForm({ what, onSkip, onCancel }: { what: string; onSkip(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState(REASONS[0]!);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSkip(reason.trim());
  };
  return (
    <form className="queue-skip" onSubmit={submit} aria-label={`Skip ${what}`} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onCancel())}>
      <label htmlFor={id}>Why skip it?</label>
      <input id={id} ref={input} list={`${id}-reasons`} value={reason} onChange={(event) => setReason(event.target.value)} required />
      <datalist id={`${id}-reasons`}>
        {REASONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <button type="submit">Skip</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
