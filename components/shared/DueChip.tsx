import type { ReactNode } from 'react';

/** When a thing is due against today: overdue and today stand out, a later day does not. */
export function dueTone(due: string, today: string): 'overdue' | 'today' | 'later' {
  if (due < today) return 'overdue';
  return due === today ? 'today' : 'later';
}

/**
 * A due date in a chip (SLDS pill), as Cockpit shows them. `due` and `today` are ISO days (YYYY-MM-DD);
 * the words are the caller's, so the chip's text stays what screen readers already hear.
 */
export function DueChip({ due, today, id, children }: { due: string; today: string; id?: string; children: ReactNode }) {
  const tone = dueTone(due, today);
  return (
    <span id={id} className={tone === 'later' ? 'pc-chip' : `pc-chip pc-chip-${tone}`}>
      {children}
    </span>
  );
}
