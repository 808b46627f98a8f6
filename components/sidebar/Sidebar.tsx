import { useSidebar } from './StoreContext';
import { PanelBody } from './PanelBody';

export const PANEL_NAME = 'Playbook companion';

/**
 * The panel's frame: a complementary landmark that is always present, with a tab that opens and
 * closes it. Screen readers and tests find it by the name "Playbook companion". On Salesforce it
 * takes the Lightning Design System's look so it reads as part of the page.
 */
export function Sidebar({ site }: { site?: 'gainsight' | 'salesforce' }) {
  const open = useSidebar((s) => s.open);
  const toggle = useSidebar((s) => s.toggle);
  return (
    <aside className={`pc-sidebar pc-${site ?? 'gainsight'}${open ? ' pc-open' : ''}`} aria-label={PANEL_NAME}>
      <button type="button" className="pc-tab" aria-expanded={open} aria-controls="pc-panel" onClick={toggle}>
        {open ? 'Close playbook panel' : 'Open playbook panel'}
      </button>
      {open && (
        <div id="pc-panel" className="pc-panel">
          <header className="pc-header">
            <h2 className="pc-title">{PANEL_NAME}</h2>
          </header>
          <PanelBody />
        </div>
      )}
    </aside>
  );
}
