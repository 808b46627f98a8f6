import { STRAY } from '@/lib/shared/email/leftover-tokens';
import { settingFieldFor, type TokenContext } from '@/lib/shared/email/token-settings';
import { usePanel } from '../StoreContext';

/** Tokens an email has no value for, braces and all: what Copy and Prefill refuse over. */
export function missingTokens(unresolved: readonly string[]): string[] {
  return unresolved.filter((n) => n !== STRAY).map((n) => `{{${n}}}`);
}

/** The warnings before filling, with a way to where a missing value is set (Options opens at its field). */
export function EmailWarnings(props: { warnings: readonly string[]; unresolved: readonly string[]; context?: TokenContext }) {
  const { warnings, unresolved, context } = props;
  const openOptionsAt = usePanel((s) => s.actions.openOptionsAt);
  const field = unresolved.map((token) => settingFieldFor(token, context)).find((f): f is string => f !== null) ?? null;
  if (warnings.length === 0) return null;
  return (
    <>
      <ul className="pc-email-warnings" aria-label="Check before filling">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {field && (
        <button type="button" className="pc-action" onClick={() => void openOptionsAt(field)}>
          Set the missing values in Options
        </button>
      )}
    </>
  );
}
