import type { ReactNode } from 'react';
import { valueAt, type TextPath } from '@/lib/settings/paths';
import { useOptions } from '../StoreContext';
import { describedBy, fieldIds } from './field-ids';
import { FieldShell } from './FieldShell';

/** One labelled text setting, bound by its path; shows its own validation error as it is typed. */
export function TextField(props: {
  path: TextPath;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  const { path, label, hint, type = 'text', autoComplete = 'off' } = props;
  const value = useOptions((s) => valueAt(s.draft, path));
  const error = useOptions((s) => s.errors[path]);
  const setText = useOptions((s) => s.setText);
  const ids = fieldIds(path);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <input
        id={ids.id}
        name={path}
        type={type}
        value={typeof value === 'string' ? value : ''}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, !!hint, !!error)}
        onChange={(event) => setText(path, event.target.value)}
      />
    </FieldShell>
  );
}
