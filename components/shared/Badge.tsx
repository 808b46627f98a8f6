import type { ReactNode } from 'react';

/** How a state reads at a glance (assets/controls.css), SLDS's badge: neutral, success, warning, held. */
export type BadgeTone = 'neutral' | 'success' | 'warning' | 'held';

/** A short state word in a pill. Its text is its accessible name: colour never says anything alone. */
export function Badge({ tone = 'neutral', id, children }: { tone?: BadgeTone; id?: string; children: ReactNode }) {
  const toneClass = tone === 'neutral' ? '' : ` pc-badge-${tone}`;
  return (
    <span id={id} className={`pc-badge${toneClass}`}>
      {children}
    </span>
  );
}
