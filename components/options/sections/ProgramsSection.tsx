import { BUILT_IN_CATALOGS } from '@/lib/shared/programs/catalogs';
import { EDITIONS } from '@/lib/shared/programs/types';
import { SelectField } from '../fields/SelectField';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { CatalogTransfer } from './CatalogTransfer';
import { EventDates } from './EventDates';
import { ProgramToggles } from './ProgramToggles';
import { SegmentSpellings } from './SegmentSpellings';

const EDITION_CHOICES = EDITIONS.map((edition) => ({ value: edition, label: BUILT_IN_CATALOGS[edition].name }));

export function ProgramsSection() {
  const custom = useOptions((s) => s.customCatalog !== null);
  return (
    <Section id="programs" title="Programs" intro="Which programs the panel plans, the catalog they come from, and the data they need from you.">
      <SelectField
        path="programs.edition"
        label="Edition"
        choices={EDITION_CHOICES}
        hint={custom ? 'An imported catalog is in use: the edition applies after Reset to built-in.' : 'The built-in catalog to plan with.'}
      />
      <ProgramToggles />
      <EventDates />
      <SegmentSpellings />
      <CatalogTransfer />
    </Section>
  );
}
