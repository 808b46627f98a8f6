import type { ReactNode } from 'react';
import { describedBy, fieldIds } from './field-ids';

/** A labelled checkbox with an optional hint; the caller binds it (a setting, a program toggle). */
export function CheckboxField(props: { name: string; label: string; checked: boolean; onChange(checked: boolean): void; hint?: ReactNode }) {
  const { name, label, checked, onChange, hint } = props;
  const ids = fieldIds(name);
  return (
    <div className="field field-checkbox">
      <input
        id={ids.id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy(ids, !!hint, false)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={ids.id}>{label}</label>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
