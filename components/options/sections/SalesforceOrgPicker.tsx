import type { OrgChoice, OrgFieldsState } from './use-org-fields';

const since = (iso: string | null) => (iso ? `last used ${new Date(iso).toLocaleDateString()}` : 'not used yet');

function orgLabel(org: OrgChoice): string {
  return `${org.apiHost} (${org.kind}, ${org.signedIn ? 'signed in' : 'signed out'}, ${since(org.lastSeen)})`;
}

function statusText(state: OrgFieldsState): string {
  switch (state.phase) {
    case 'listing':
      return 'Looking for the Salesforce orgs you use…';
    case 'no-orgs':
      return 'No Salesforce org yet: sign in to Salesforce in this browser, or open a record, to choose fields by their names. Until then, type API names.';
    case 'loading':
      return `Reading the fields of ${state.apiHost}…`;
    case 'ready':
      return `Fields of ${state.apiHost}: choose each one below by its name.`;
    case 'failed':
      return state.message;
  }
}

/**
 * Which org's fields to offer: orgs the browser holds a session for, and orgs the panel read records
 * from lately. The field lists below follow the choice.
 */
export function SalesforceOrgPicker({ orgs, state, onChoose }: { orgs: readonly OrgChoice[]; state: OrgFieldsState; onChoose: (apiHost: string) => void }) {
  const chosen = 'apiHost' in state ? (state.apiHost ?? '') : '';
  return (
    <div className="field org-picker">
      {orgs.length > 0 && (
        <>
          <label htmlFor="salesforce-org">Read field names from</label>
          <select id="salesforce-org" value={chosen} onChange={(event) => event.target.value && onChoose(event.target.value)}>
            {!chosen && <option value="">Choose an org…</option>}
            {orgs.map((org) => (
              <option key={org.apiHost} value={org.apiHost}>
                {orgLabel(org)}
              </option>
            ))}
          </select>
        </>
      )}
      <p className="field-hint" role="status">
        {statusText(state)}
      </p>
    </div>
  );
}
