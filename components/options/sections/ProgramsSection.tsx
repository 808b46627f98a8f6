import { BUILT_IN_CATALOGS } from '@/lib/programs/catalogs';
import { EDITIONS } from '@/lib/programs/types';
import { PercentField } from '../fields/PercentField';
import { SelectField } from '../fields/SelectField';
import { Section } from '../layout/Section';
import { useOptions } from '../StoreContext';
import { CatalogTransfer } from './CatalogTransfer';
import { ProgramToggles } from './ProgramToggles';

const EDITION_CHOICES = EDITIONS.map((edition) => ({ value: edition, label: BUILT_IN_CATALOGS[edition].name }));

export function ProgramsSection() {
  const custom = useOptions((s) => s.customCatalog !== null);
  return (
    <Section id="programs" title="Programs" intro="Which programs the panel plans, and the catalog they come from.">
      <SelectField
        path="programs.edition"
        label="Edition"
        choices={EDITION_CHOICES}
        hint={custom ? 'An imported catalog is in use: the edition applies after Reset to built-in.' : 'The built-in catalog to plan with.'}
      />
      <PercentField label="Control group share (%)" hint="Share of accounts held back from each pilot program, from 0 to 50." />
      <ProgramToggles />
      <CatalogTransfer />
    </Section>
  );
}
