import { settingFieldId } from '@/lib/shared/settings/field-id';
import { usePanel } from './StoreContext';

/**
 * First run: until the sender identity is set, one line says so, with the way to set it. Emails the
 * user signs would otherwise go out unsigned, and every program would repeat the same warning.
 */
export function SenderPrompt() {
  const sender = usePanel((s) => s.inputs?.settings.sender);
  const openOptionsAt = usePanel((s) => s.actions.openOptionsAt);
  if (!sender || (sender.name.trim() !== '' && sender.email.trim() !== '')) return null;
  return (
    <p className="pc-notice pc-sender-prompt" role="note">
      Your sender identity is not set: emails you sign need your name and email.{' '}
      <button type="button" className="pc-action" onClick={() => void openOptionsAt(settingFieldId('sender.name'))}>
        Set sender identity
      </button>
    </p>
  );
}
