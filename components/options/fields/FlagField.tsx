import type { ReactNode } from 'react';
import { valueAt, type FlagPath } from '@/lib/shared/settings/paths';
import { useOptions } from '../StoreContext';
import { CheckboxField } from './CheckboxField';

/** A yes/no setting, bound by its path. */
export function FlagField({ path, label, hint }: { path: FlagPath; label: string; hint?: ReactNode }) {
  const checked = useOptions((s) => valueAt(s.draft, path) === true);
  const setFlag = useOptions((s) => s.setFlag);
  return <CheckboxField name={path} label={label} hint={hint} checked={checked} onChange={(value) => setFlag(path, value)} />;
}
