import type { ReactNode } from 'react';
import type { TextPath } from '@/lib/shared/settings/paths';
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
  /** The id of a <Suggestions> list several fields share, instead of a list of its own. */
  sharedList?: string;
}) {
  const { path, label, hint, type = 'text', autoComplete = 'off', suggestions, sharedList } = props;
  const { ids, error, control } = useTextSetting(path, !!hint);
  const ownList = suggestions?.length ? `${ids.id}-suggestions` : undefined;
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <input {...control} type={type} autoComplete={autoComplete} spellCheck={false} list={ownList ?? sharedList} />
      {ownList && suggestions && <Suggestions id={ownList} suggestions={suggestions} />}
    </FieldShell>
  );
}

/** The values a combobox offers; the browser filters them as the user types. */
export function Suggestions({ id, suggestions }: { id: string; suggestions: readonly Suggestion[] }) {
  return (
    <datalist id={id}>
      {suggestions.map((s) => (
        <option key={s.value} value={s.value} label={s.label} />
      ))}
    </datalist>
  );
}
