import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { addDays } from '@/lib/shared/dates/iso';
import type { Reminder } from '@/lib/shared/reminders/records';
import { formatDate } from './format';
import { SnoozeDateForm } from './SnoozeDateForm';
import { usePopup } from './StoreContext';

const CHOICES = [
  { label: '1 day', days: 1 },
  { label: '3 days', days: 3 },
  { label: '1 week', days: 7 },
] as const;

/** Arrow keys, Home and End move between items, as in any menu; Tab leaves and closes it. */
function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const target =
    key === 'ArrowDown' ? items[(at + 1) % items.length]
    : key === 'ArrowUp' ? items[(at - 1 + items.length) % items.length]
    : key === 'Home' ? items[0]
    : key === 'End' ? items.at(-1)
    : undefined;
  target?.focus();
  return target !== undefined;
}

/** "Snooze" menu button: 1 day, 3 days, 1 week, or a date of the user's choosing. */
export function SnoozeMenu({ reminder, subject }: { reminder: Reminder; subject: string }) {
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const today = usePopup((s) => s.today);
  const snoozeDays = usePopup((s) => s.snoozeDays);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setOpen(false);
    else if (menuRef.current && moveFocus(menuRef.current, event.key)) event.preventDefault();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    }
  };

  return (
    <div
      className="menu-anchor"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-label={`Snooze ${subject}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKeyDown}
      >
        Snooze
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={`Snooze ${subject}`} className="menu" onKeyDown={onMenuKeyDown}>
          {CHOICES.map(({ label, days }) => (
            <li key={days} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => { setOpen(false); void snoozeDays(reminder, days); }}>
                {label} <span className="menu-hint">· {formatDate(addDays(today, days))}</span>
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => { setOpen(false); setPicking(true); }}>
              Pick a date…
            </button>
          </li>
        </ul>
      )}
      {picking && (
        <SnoozeDateForm
          reminder={reminder}
          subject={subject}
          onDone={(snoozed) => {
            setPicking(false);
            if (!snoozed) buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
