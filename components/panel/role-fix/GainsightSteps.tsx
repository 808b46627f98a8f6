/**
 * C360 cannot be changed from the panel (a CSM has no Gainsight API key): the one-click fix in Salesforce
 * comes first, then the clicks in Customer360.
 */
export function GainsightSteps({ salesforceUrl, adminValue }: { salesforceUrl?: string; adminValue: string }) {
  return (
    <div className="pc-fix">
      {salesforceUrl ? (
        <a className="pc-action pc-primary" href={salesforceUrl} target="_blank" rel="noreferrer noopener">
          Fix it in Salesforce in one click
        </a>
      ) : (
        <p>For a one-click fix, open this account in Salesforce: the panel there makes a contact {adminValue}.</p>
      )}
      <p>Or set it in Customer360:</p>
      <ol aria-label="Steps in Customer360">
        <li>Contacts → the contact's … menu → View Details.</li>
        <li>GitLab Role → add {adminValue} (keep the other roles) → Save.</li>
      </ol>
    </div>
  );
}
