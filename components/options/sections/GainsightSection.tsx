import { localeDateOrder } from '@/lib/shared/accounts/field-values';
import { SelectField, type Choice } from '../fields/SelectField';
import { Section } from '../layout/Section';
import { CustomDomains } from './CustomDomains';
import { LabelFields } from './LabelFields';

const ORDER_NAMES = { MDY: 'Month/day/year (11/23/2026)', DMY: 'Day/month/year (23/11/2026)', YMD: 'Year/month/day (2026/11/23)' } as const;

function dateOrderChoices(): Choice[] {
  const auto = localeDateOrder(typeof navigator === 'undefined' ? undefined : navigator.language);
  return [
    { value: 'auto', label: `Automatic: as the page's own dates show, else this browser's language (${ORDER_NAMES[auto]})` },
    ...(['MDY', 'DMY', 'YMD'] as const).map((order) => ({ value: order, label: ORDER_NAMES[order] })),
  ];
}

export function GainsightSection() {
  return (
    <Section
      id="gainsight"
      title="Gainsight"
      intro="The panel reads Customer360 by the labels your tenant shows. Change a label here when your tenant names a field differently."
    >
      <SelectField
        path="gainsight.dateOrder"
        label="Numeric date order"
        choices={dateOrderChoices()}
        hint="How to read dates like 03/04/2026. On Automatic, a date on the page that reads only one way (23/11/2026 is day-first) decides for the whole page. Dates like 2026-11-23 or Nov 23, 2026 are read either way."
      />
      <LabelFields />
      <CustomDomains />
    </Section>
  );
}
