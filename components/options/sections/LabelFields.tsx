import { GAINSIGHT_LABEL_DEFAULTS, type GainsightLabelKey } from '@/lib/shared/settings/schema';
import { TextField } from '../fields/TextField';

const KEYS = Object.keys(GAINSIGHT_LABEL_DEFAULTS) as GainsightLabelKey[];

/** The C360 areas a label belongs to, by its key's prefix; the rest are company fields. */
const GROUPS: { legend: string; matches(key: GainsightLabelKey): boolean }[] = [
  { legend: 'Contacts columns', matches: (key) => key.startsWith('contact') },
  { legend: 'Opportunities columns', matches: (key) => key.startsWith('opportunity') },
  { legend: 'Program Logs columns', matches: (key) => key.startsWith('log') },
];
const COMPANY = { legend: 'Company fields', matches: (key: GainsightLabelKey) => !GROUPS.some((g) => g.matches(key)) };

/** One field per label the adapters read, named by its default, grouped as C360 shows them. */
export function LabelFields() {
  return (
    <>
      {[COMPANY, ...GROUPS].map((group) => (
        <fieldset key={group.legend}>
          <legend>{group.legend}</legend>
          {KEYS.filter(group.matches).map((key) => (
            <TextField key={key} path={`gainsight.labels.${key}`} label={GAINSIGHT_LABEL_DEFAULTS[key]} />
          ))}
        </fieldset>
      ))}
    </>
  );
}
