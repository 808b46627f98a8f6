import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { BookView } from '../book/BookView';
import type { PanelSection } from '@/lib/ui/panel/panel-store';
import { PageView } from './PageView';
import { PendingView } from './PendingView';
import { usePanel } from './StoreContext';

export const PANEL_NAME = 'Playbook companion';

const SECTIONS: { id: PanelSection; label: string }[] = [
  { id: 'page', label: 'This page' },
  { id: 'pending', label: 'Pending sends' },
  { id: 'book', label: 'My book' },
];

const VIEWS: Record<PanelSection, () => ReactNode> = {
  page: () => <PageView />,
  pending: () => <PendingView />,
  book: () => <BookView />,
};

/**
 * The side panel: a main landmark named "Playbook companion" (screen readers and the tests find it by
 * that name), with tabs for the page's account and the pending sends. Arrow keys move between tabs.
 */
export function Panel() {
  const section = usePanel((s) => s.section);
  const setSection = usePanel((s) => s.setSection);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + SECTIONS.length) % SECTIONS.length;
    setSection(SECTIONS[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <main className="pc-panel" aria-label={PANEL_NAME}>
      <header className="pc-header">
        <h1 className="pc-title">{PANEL_NAME}</h1>
      </header>
      <div className="pc-nav" role="tablist" aria-label="Panel views">
        {SECTIONS.map(({ id, label }, index) => (
          <button
            key={id}
            ref={(el) => void (tabs.current[index] = el)}
            type="button"
            role="tab"
            id={`pc-tab-${id}`}
            aria-selected={section === id}
            aria-controls={`pc-tabpanel-${id}`}
            tabIndex={section === id ? 0 : -1}
            onClick={() => setSection(id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="pc-body" role="tabpanel" id={`pc-tabpanel-${section}`} aria-labelledby={`pc-tab-${section}`}>
        {VIEWS[section]()}
      </div>
    </main>
  );
}
