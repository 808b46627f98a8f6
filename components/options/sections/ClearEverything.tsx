import { useRef } from 'react';
import { CLEARED } from '@/lib/extension/settings/cleared';
import { useOptions } from '../StoreContext';
import { Button } from '../../shared/Button';

/** What "Clear everything" deletes (lib/worker/settings/clear-everything.ts), said before anything is. */
export const CLEARED_DATA = Object.values(CLEARED);

/**
 * A modal confirmation (native dialog: focus stays inside, Escape cancels, focus returns to the
 * button). Cancel takes focus first, so a stray Enter deletes nothing.
 */
export function ClearEverything() {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const clearEverything = useOptions((s) => s.clearEverything);
  const open = () => {
    dialog.current?.showModal();
    cancel.current?.focus();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <Button kind="destructive" onClick={open}>
        Clear everything…
      </Button>
      <dialog ref={dialog} className="confirm" aria-labelledby="clear-title" aria-describedby="clear-what">
        <h3 id="clear-title">Clear everything?</h3>
        <div id="clear-what">
          <p>This deletes, from this browser, the data first and your settings last:</p>
          <ul>
            {CLEARED_DATA.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>It cannot be undone. Export a reminders backup first if you may need them again.</p>
        </div>
        <div className="dialog-actions">
          <button ref={cancel} type="button" onClick={close}>
            Cancel
          </button>
          <Button
            kind="destructive"
            onClick={() => {
              close();
              void clearEverything();
            }}
          >
            Delete everything
          </Button>
        </div>
      </dialog>
    </>
  );
}
