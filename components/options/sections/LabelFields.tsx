import { GAINSIGHT_LABEL_DEFAULTS, type GainsightLabelKey } from '@/lib/shared/settings/schema';
import { Suggestions, TextField } from '../fields/TextField';
import { backgroundLabelSource, labelSuggestions, PageLabelsControl, usePageLabels, type LabelSource } from './PageLabels';

/** One list of the page's labels, which every label field offers. */
const PAGE_LABELS_LIST = 'gainsight-page-labels';

const KEYS = Object.keys(GAINSIGHT_LABEL_DEFAULTS) as GainsightLabelKey[];

/** The C360 areas a label belongs to, by its key's prefix; the rest are company fields. */
const GROUPS: { legend: string; matches(key: GainsightLabelKey): boolean }[] = [
  { legend: 'Contacts columns', matches: (key) => key.startsWith('contact') },
  { legend: 'Opportunities columns', matches: (key) => key.startsWith('opportunity') },
  { legend: 'Program Logs columns', matches: (key) => key.startsWith('log') },
];
const COMPANY = { legend: 'Company fields', matches: (key: GainsightLabelKey) => !GROUPS.some((g) => g.matches(key)) };

/**
 * One field per label the adapters read, named by its default, grouped as C360 shows them. With a
 * Customer360 page open, "Use the labels on this page" offers that page's labels in every field.
 */
export function LabelFields({ labelSource = backgroundLabelSource }: { labelSource?: LabelSource }) {
  const { state, read } = usePageLabels(labelSource);
  const suggestions = labelSuggestions(state);
  const list = suggestions ? PAGE_LABELS_LIST : undefined;
  return (
    <>
      <PageLabelsControl state={state} onRead={() => void read()} />
      {suggestions && <Suggestions id={PAGE_LABELS_LIST} suggestions={suggestions} />}
      {[COMPANY, ...GROUPS].map((group) => (
        <fieldset key={group.legend}>
          <legend>{group.legend}</legend>
          {KEYS.filter(group.matches).map((key) => (
            <TextField key={key} path={`gainsight.labels.${key}`} label={GAINSIGHT_LABEL_DEFAULTS[key]} sharedList={list} />
          ))}
        </fieldset>
      ))}
    </>
  );
}
