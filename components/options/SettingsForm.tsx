import { useRef, type FormEvent } from 'react';
import { SaveBar } from './layout/SaveBar';
import { GainsightSection } from './sections/GainsightSection';
import { PanelSection } from './sections/PanelSection';
import { ProgramsSection } from './sections/ProgramsSection';
import { SalesforceSection } from './sections/SalesforceSection';
import { SenderSection } from './sections/SenderSection';
import { useOptions } from './StoreContext';

/**
 * The sections saved together by one Save (Enter in any field saves too). The browser's own
 * validation is off: the schema's messages are shown next to each field instead.
 */
export function SettingsForm() {
  const form = useRef<HTMLFormElement>(null);
  const save = useOptions((s) => s.save);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Refused: take the keyboard to the first field to fix; its error is read with it.
    if (!(await save())) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  return (
    <form ref={form} aria-label="Settings" noValidate onSubmit={(event) => void onSubmit(event)}>
      <SenderSection />
      <PanelSection />
      <SalesforceSection />
      <GainsightSection />
      <ProgramsSection />
      <SaveBar />
    </form>
  );
}
