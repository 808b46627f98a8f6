import type { ReactNode } from 'react';
import { asSentence } from './field-ids';

/**
 * The label, hint and error around one control. Every field of the page goes through here so each
 * has a visible label, and its hint and error are the ones its control names in aria-describedby.
 */
export function FieldShell(props: {
  ids: { id: string; hint: string; error: string };
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}) {
  const { ids, label, hint, error, children } = props;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={ids.id}>{label}</label>
      {children}
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="field-error">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}
