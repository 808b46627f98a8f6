import { useEffect } from 'react';
import { OptionsNav } from './layout/OptionsNav';
import { AboutSection } from './sections/AboutSection';
import { DataSection } from './sections/DataSection';
import { SettingsForm } from './SettingsForm';
import { useOptions } from './StoreContext';

export const OPTIONS_TITLE = 'CTA Playbook Companion options';

/** The options page: every setting, the catalog, custom domains and the user's data in one place. */
export function Options() {
  const phase = useOptions((s) => s.phase);
  const loadError = useOptions((s) => s.loadError);
  // Opened at a field (the panel's "Set sender identity"): that field takes focus once the form is there.
  useEffect(() => {
    if (phase !== 'ready' || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }, [phase]);
  return (
    <main className="surface options" aria-labelledby="options-title">
      <h1 id="options-title">{OPTIONS_TITLE}</h1>
      <OptionsNav />
      {phase === 'loading' && <p role="status">Loading your settings…</p>}
      {phase === 'error' && <p role="alert">Your settings could not be read: {loadError}</p>}
      {phase === 'ready' && (
        <>
          <SettingsForm />
          <DataSection />
          <AboutSection />
        </>
      )}
    </main>
  );
}
