import { useSidebar } from './StoreContext';
import { PanelBody } from './PanelBody';

export const PANEL_NAME = 'Playbook companion';

/**
 * The panel's frame: a complementary landmark that is always present, with a tab that opens and
 * closes it. Screen readers and tests find it by the name "Playbook companion".
 */
export function Sidebar() {
  const open = useSidebar((s) => s.open);
  const toggle = useSidebar((s) => s.toggle);
  return (
    <aside className={open ? 'pc-sidebar pc-open' : 'pc-sidebar'} aria-label={PANEL_NAME}>
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
