import type { ReactNode } from 'react';
import type { TextPath } from '@/lib/shared/settings/paths';
import { FieldShell } from './FieldShell';
import { useTextSetting } from './use-text-setting';

/** One labelled text setting, bound by its path; shows its own validation error as it is typed. */
export function TextField(props: {
  path: TextPath;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  const { path, label, hint, type = 'text', autoComplete = 'off' } = props;
  const { ids, error, control } = useTextSetting(path, !!hint);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <input {...control} type={type} autoComplete={autoComplete} spellCheck={false} />
    </FieldShell>
  );
}
