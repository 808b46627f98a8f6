import type { ReactNode } from 'react';
import type { TextPath } from '@/lib/settings/paths';
import { FieldShell } from './FieldShell';
import { useTextSetting } from './use-text-setting';

/** A value the field offers; `label` is what the user searches by and sees beside it. */
export interface Suggestion {
  value: string;
  label: string;
}

/**
 * One labelled text setting, bound by its path; shows its own validation error as it is typed. With
 * `suggestions` it is one searchable control (a combobox: type to narrow, or pick), still free to
 * type a value the list lacks.
 */
export function TextField(props: {
  path: TextPath;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'email';
  autoComplete?: string;
  suggestions?: readonly Suggestion[];
}) {
  const { path, label, hint, type = 'text', autoComplete = 'off', suggestions } = props;
  const { ids, error, control } = useTextSetting(path, !!hint);
  const listId = suggestions?.length ? `${ids.id}-suggestions` : undefined;
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <input {...control} type={type} autoComplete={autoComplete} spellCheck={false} list={listId} />
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}
