import { useEffect, useRef } from 'react';
import { usePopup } from './StoreContext';

/**
 * What the last action did (a live status), its Undo, and errors. After an action the row it acted on
 * moves or disappears, so focus goes to Undo: the one thing a keyboard user may want next.
 */
export function ActionBar({ onUndone }: { onUndone: () => void }) {
  const announcement = usePopup((s) => s.announcement);
  const undo = usePopup((s) => s.undo);
  const error = usePopup((s) => s.error);
  const undoLast = usePopup((s) => s.undoLast);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (announcement && undo) undoRef.current?.focus();
  }, [announcement, undo]);

  return (
    <div className="action-bar">
      <p role="status" className="status">{announcement}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {undo && (
        <button
          ref={undoRef}
          type="button"
          className="undo"
          onClick={() => {
            void undoLast().then(onUndone);
          }}
        >
          Undo {undo.label}
        </button>
      )}
    </div>
  );
}
