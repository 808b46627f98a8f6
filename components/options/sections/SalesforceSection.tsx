import { FIELD_LABELS } from '@/lib/programs/fields';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { TextField } from '../fields/TextField';
import { Section } from '../layout/Section';

type AccountFieldKey = keyof Settings['salesforce']['accountFields'];

/** From the defaults, so a field added to the schema shows up here without another edit. */
const ACCOUNT_FIELD_KEYS = Object.keys(DEFAULT_SETTINGS.salesforce.accountFields) as AccountFieldKey[];

export function SalesforceSection() {
  return (
    <Section
      id="salesforce"
      title="Salesforce"
      intro="API names of your org's fields (Setup → Object Manager → the object → Fields & Relationships → Field Name)."
    >
      <TextField
        path="salesforce.roleField"
        label="Role field API name"
        hint="The Contact field holding roles (multi-select picklist, values separated by ;). Default Role__c."
      />
      <TextField path="salesforce.adminValue" label="GitLab Admin value" hint="The role value that makes a contact the admin; a contact may hold other roles too." />
      <TextField path="salesforce.soldToField" label="Sold-To field API name" hint="The Contact checkbox marking the buyer. Default Sold_To__c." />
      <TextField path="salesforce.enablementField" label="Enablement Enrollment field API name" hint="The Contact multi-select of enablement campaigns." />
      <fieldset>
        <legend>Account fields</legend>
        {ACCOUNT_FIELD_KEYS.map((key) => (
          <TextField key={key} path={`salesforce.accountFields.${key}`} label={`${FIELD_LABELS[key]} field`} />
        ))}
      </fieldset>
      <TextField path="salesforce.apiVersion" label="API version" hint="The REST API version to call, like 66.0." />
    </Section>
  );
}
