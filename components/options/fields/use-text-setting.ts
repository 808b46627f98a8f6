import type { ChangeEvent } from 'react';
import { valueAt, type TextPath } from '@/lib/shared/settings/paths';
import { useOptions } from '../StoreContext';
import { describedBy, fieldIds } from './field-ids';

/** What every text-valued control (input, select) needs to be bound to its setting and labelled. */
export function useTextSetting(path: TextPath, hasHint: boolean) {
  const value = useOptions((s) => valueAt(s.draft, path));
  const error = useOptions((s) => s.errors[path]);
  const setText = useOptions((s) => s.setText);
  const ids = fieldIds(path);
  return {
    ids,
    error,
    control: {
      id: ids.id,
      name: path,
      value: typeof value === 'string' ? value : '',
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(ids, hasHint, !!error),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setText(path, event.target.value),
    },
  };
}
