import { useEffect, useRef, type ReactNode } from 'react';
import { useQueue } from '../BookContext';
import { SkipForm } from './SkipForm';

interface QueueEntryProps {
  /** The row's or batch's queue key (what the keyboard and focus go by). */
  entryKey: string;
  className: string;
  /** The entry's whole text: its accessible name. */
  name: string;
  check: ReactNode;
  text: ReactNode;
  /** Its buttons; null when there is nothing left to do with it. */
  actions: ReactNode | null;
  /** What the skip form names, and what skipping does. */
  skipWhat: string;
  onSkip(reason: string): void;
  children?: ReactNode;
}

/**
 * What a queue row and a batch share: one entry of the roving tab order (focused when an action moves
 * focus to it), its check box, text and buttons, and the "why skip" form when it is open.
 */
export function QueueEntry({ entryKey, className, name, check, text, actions, skipWhat, onSkip, children }: QueueEntryProps) {
  const focusMe = useQueue((s) => s.focusKey === entryKey);
  const focus = useQueue((s) => s.focus);
  const tabbable = useQueue((s) => (s.active ?? s.first) === entryKey);
  const setActive = useQueue((s) => s.setActive);
  const skipping = useQueue((s) => s.skipping === entryKey);
  const askSkip = useQueue((s) => s.askSkip);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focusMe) return;
    ref.current?.focus();
    focus(null);
  }, [focusMe, focus]);
  return (
    <li ref={ref} className={className} tabIndex={tabbable ? 0 : -1} onFocus={(event) => event.target === event.currentTarget && setActive(entryKey)} data-queue-key={entryKey} aria-label={name} aria-keyshortcuts="Enter S N K X U">
      {check}
      <div className="queue-text">{text}</div>
      {actions && <span className="book-actions queue-actions">{actions}</span>}
      {skipping && <SkipForm what={skipWhat} onSkip={onSkip} onCancel={() => askSkip(null, entryKey)} />}
      {children}
    </li>
  );
}

/** The "Skip…" button of a row or batch: opens its "why skip" form. */
export function SkipButton({ entryKey, label }: { entryKey: string; label: string }) {
  const skipping = useQueue((s) => s.skipping === entryKey);
  const askSkip = useQueue((s) => s.askSkip);
  return (
    <button type="button" aria-expanded={skipping} onClick={() => askSkip(entryKey)} aria-label={label}>
      Skip…
    </button>
  );
}
