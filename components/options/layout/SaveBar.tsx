import { Button } from '../../shared/Button';
import { useOptions } from '../StoreContext';
import { sameSettings } from '../store';
import { Notices } from './Notices';

/** Stays in view at the bottom of the form, so Save is never far from the field just changed. */
export function SaveBar() {
  const dirty = useOptions((s) => !sameSettings(s.draft, s.saved));
  const saving = useOptions((s) => s.saving);
  const discard = useOptions((s) => s.discard);
  return (
    <div className="save-bar">
      <Button type="submit" kind="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </Button>
      <button type="button" onClick={discard} disabled={!dirty || saving}>
        Discard changes
      </button>
      <span className="unsaved">{dirty ? 'Unsaved changes' : ''}</span>
      <Notices area="settings" />
    </div>
  );
}
