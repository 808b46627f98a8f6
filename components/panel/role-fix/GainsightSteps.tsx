/**
 * C360 cannot be changed from the panel (a CSM has no Gainsight API key), so it shows the clicks, and
 * the Salesforce account where the panel can do it in one.
 */
export function GainsightSteps({ salesforceUrl, adminValue }: { salesforceUrl?: string; adminValue: string }) {
  return (
    <div className="pc-fix">
      <p>Set it in Customer360:</p>
      <ol aria-label="Steps in Customer360">
        <li>Contacts → the contact's … menu → View Details.</li>
        <li>GitLab Role → add {adminValue} (keep the other roles) → Save.</li>
      </ol>
      {salesforceUrl ? (
        <a href={salesforceUrl} target="_blank" rel="noreferrer noopener">
          Fix it in Salesforce in one click
        </a>
      ) : (
        <p>Or open this account in Salesforce: the panel there makes a contact {adminValue} in one click.</p>
      )}
    </div>
  );
}
