import type { ReactNode } from 'react';
import type { TextPath } from '@/lib/shared/settings/paths';
import { FieldShell } from './FieldShell';
import { useTextSetting } from './use-text-setting';

export interface Choice {
  value: string;
  label: string;
}

/** One labelled choice among fixed values (date order, edition), bound by its path. */
export function SelectField(props: { path: TextPath; label: string; choices: readonly Choice[]; hint?: ReactNode }) {
  const { path, label, choices, hint } = props;
  const { ids, error, control } = useTextSetting(path, !!hint);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <select {...control}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
