import { valueAt, type TextPath } from '@/lib/shared/settings/paths';
import { fieldIds } from '../fields/field-ids';
import { useOptions } from '../StoreContext';
import type { OrgField } from './use-org-fields';

/**
 * Beside an API-name setting: the org's own fields by label ("Deployment (Deployment__c)"), so the user
 * maps by choosing. Fields of a suitable type come first; the rest follow, since an org may keep a
 * date in a text field. It writes the same setting as the text box above it.
 */
export function OrgFieldChoice(props: { path: TextPath; name: string; apiHost: string; fields: readonly OrgField[]; suits: readonly OrgField['kind'][] }) {
  const { path, name, apiHost, fields, suits } = props;
  const value = useOptions((s) => valueAt(s.draft, path));
  const setText = useOptions((s) => s.setText);
  const current = typeof value === 'string' ? value : '';
  const ids = fieldIds(`${path}-choice`);
  const known = fields.find((f) => f.apiName.toLowerCase() === current.toLowerCase());
  const suited = fields.filter((f) => suits.includes(f.kind));
  const others = fields.filter((f) => !suits.includes(f.kind));
  const option = (f: OrgField) => (
    <option key={f.apiName} value={f.apiName}>
      {`${f.label} (${f.apiName})`}
    </option>
  );
  return (
    <div className="field field-choice">
      <label htmlFor={ids.id}>{`${name}: choose from ${apiHost}`}</label>
      <select id={ids.id} value={known?.apiName ?? ''} aria-describedby={ids.hint} onChange={(event) => event.target.value && setText(path, event.target.value)}>
        <option value="">{!known && current ? `${current} — not in this org` : 'Choose a field…'}</option>
        {suited.length > 0 && <optgroup label="Suggested">{suited.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label="Other fields">{others.map(option)}</optgroup>}
      </select>
      <p id={ids.hint} className="field-hint">
        {known
          ? `${apiHost} calls it “${known.label}”.`
          : `${current || 'This field'} is not in ${apiHost}: choose one of its fields, or leave it and the programs that need it show “Needs data”.`}
      </p>
    </div>
  );
}
