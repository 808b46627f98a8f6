import { Fragment } from 'react';
import { fieldKind, type FieldKind } from '@/lib/shared/accounts/registry';
import { FIELD_LABELS } from '@/lib/shared/programs/fields';
import type { TextPath } from '@/lib/shared/settings/paths';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/shared/settings/schema';
import { BookSettings } from '../../book/BookSettings';
import { TextField } from '../fields/TextField';
import { Section } from '../layout/Section';
import { orgHint, orgSuggestions } from './org-suggestions';
import { useOptions } from '../StoreContext';
import { valueAt } from '@/lib/shared/settings/paths';
import { SalesforceOrgPicker } from './SalesforceOrgPicker';
import { backgroundOrgSource, useOrgFields, type OrgField, type OrgFieldsState, type OrgSource } from './use-org-fields';

type AccountFieldKey = keyof Settings['salesforce']['accountFields'];
type Kinds = readonly OrgField['kind'][];

/** From the defaults, so a field added to the schema shows up here without another edit. */
const ACCOUNT_FIELD_KEYS = Object.keys(DEFAULT_SETTINGS.salesforce.accountFields) as AccountFieldKey[];

/** Which org fields suit an account field, by the kind of value it holds. */
const SUITS: Record<FieldKind, Kinds> = {
  date: ['date'],
  money: ['number'],
  percent: ['number'],
  count: ['number'],
  yesno: ['checkbox'],
  text: ['lookup', 'text', 'picklist'],
  segment: ['picklist', 'text'],
  plan: ['picklist', 'text'],
  deployment: ['picklist', 'text'],
  ciScore: ['picklist', 'text'],
  abGroup: ['picklist', 'text'],
};

/** The contact fields, each with the kinds of org field that suit it. */
const CONTACT_FIELDS: { path: TextPath; label: string; hint: string; suits: Kinds }[] = [
  { path: 'salesforce.roleField', label: 'Role field API name', hint: 'The Contact field holding roles (multi-select picklist, values separated by ;). Default Role__c.', suits: ['multipicklist', 'picklist'] },
  { path: 'salesforce.soldToField', label: 'Sold-To field API name', hint: 'The Contact checkbox marking the buyer. Default Sold_To__c.', suits: ['checkbox'] },
  { path: 'salesforce.enablementField', label: 'Enablement Enrollment field API name', hint: 'The Contact multi-select of enablement campaigns.', suits: ['multipicklist', 'picklist'] },
];

/**
 * One API-name setting, one control: a text box, which becomes a searchable choice of the org's fields
 * (by label or API name) once they are read, and says what the org calls the field named.
 */
function Mapping(props: { path: TextPath; label: string; hint?: string; object: 'Account' | 'Contact'; suits: Kinds; org: OrgFieldsState }) {
  const { path, label, hint, object, suits, org } = props;
  const value = useOptions((s) => valueAt(s.draft, path));
  const fields = org.phase === 'ready' ? org.fields[object] : null;
  const orgWords = fields && org.phase === 'ready' ? orgHint(fields, typeof value === 'string' ? value : '', org.apiHost) : null;
  return (
    <TextField
      path={path}
      label={label}
      hint={[hint, orgWords].filter(Boolean).join(' ') || undefined}
      suggestions={fields ? orgSuggestions(fields, suits) : undefined}
    />
  );
}

export function SalesforceSection({ orgSource = backgroundOrgSource }: { orgSource?: OrgSource }) {
  const { orgs, state, load } = useOrgFields(orgSource);
  return (
    <Section
      id="salesforce"
      title="Salesforce"
      intro="Your org's field for each piece of data. Choose them by name from an org you use, or type API names (Setup → Object Manager → the object → Fields & Relationships → Field Name). A field your org does not have is marked “Needs data” on the programs that use it."
    >
      <SalesforceOrgPicker orgs={orgs} state={state} onChoose={(apiHost) => void load(apiHost)} />
      {CONTACT_FIELDS.map((f) => (
        <Fragment key={f.path}>
          <Mapping {...f} object="Contact" org={state} />
          {f.path === 'salesforce.roleField' && (
            <TextField path="salesforce.adminValue" label="GitLab Admin value" hint="The role value that makes a contact the admin; a contact may hold other roles too." />
          )}
        </Fragment>
      ))}
      <fieldset>
        <legend>Account fields</legend>
        {ACCOUNT_FIELD_KEYS.map((key) => (
          <Mapping key={key} path={`salesforce.accountFields.${key}`} label={`${FIELD_LABELS[key]} field`} object="Account" suits={SUITS[fieldKind(key)]} org={state} />
        ))}
      </fieldset>
      <TextField path="salesforce.apiVersion" label="API version" hint="The REST API version to call, like 66.0." />
      <BookSettings />
    </Section>
  );
}
