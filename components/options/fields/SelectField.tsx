import type { ReactNode } from 'react';
import { valueAt, type TextPath } from '@/lib/settings/paths';
import { useOptions } from '../StoreContext';
import { describedBy, fieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

export interface Choice {
  value: string;
  label: string;
}

/** One labelled choice among fixed values (date order, edition), bound by its path. */
export function SelectField(props: { path: TextPath; label: string; choices: readonly Choice[]; hint?: ReactNode }) {
  const { path, label, choices, hint } = props;
  const value = useOptions((s) => valueAt(s.draft, path));
  const error = useOptions((s) => s.errors[path]);
  const setText = useOptions((s) => s.setText);
  const ids = fieldIds(path);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <select
        id={ids.id}
        name={path}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, !!hint, !!error)}
        onChange={(event) => setText(path, event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
