import { useEffect, useState, type ReactNode } from 'react';
import { useOptions } from '../StoreContext';
import { describedBy, fieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

const PATH = 'programs.controlShare';
/** 0.05 → "5" (0.05 * 100 is 5.000000000000001 in floating point). */
const asPercent = (fraction: number) => (Number.isFinite(fraction) ? String(Math.round(fraction * 10_000) / 100) : '');

/**
 * The control group share, stored as a fraction and typed as a percentage. The text is kept as typed
 * ("5." while typing "5.5") and only its number goes to the store.
 */
export function PercentField({ label, hint }: { label: string; hint?: ReactNode }) {
  const fraction = useOptions((s) => s.draft.programs.controlShare);
  const error = useOptions((s) => s.errors[PATH]);
  const setControlShare = useOptions((s) => s.setControlShare);
  const [text, setText] = useState(() => asPercent(fraction));
  const ids = fieldIds(PATH);

  // Follow changes made elsewhere (discard, another tab) unless they are what this text already says.
  useEffect(() => {
    setText((current) => (Number(current) / 100 === fraction || (current.trim() === '' && Number.isNaN(fraction)) ? current : asPercent(fraction)));
  }, [fraction]);

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <input
        id={ids.id}
        name={PATH}
        type="text"
        inputMode="decimal"
        className="field-short"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, !!hint, !!error)}
        onChange={(event) => {
          setText(event.target.value);
          const typed = event.target.value.trim();
          setControlShare(typed === '' ? Number.NaN : Number(typed) / 100);
        }}
      />
    </FieldShell>
  );
}
