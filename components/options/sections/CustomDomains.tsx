import type { KeyboardEvent } from 'react';
import { useOptions } from '../StoreContext';
import { describedBy, fieldIds } from '../fields/field-ids';
import { FieldShell } from '../fields/FieldShell';
import { Notices } from '../layout/Notices';

const ids = fieldIds('custom-domain');

/**
 * Adding a domain asks the browser for that one origin inside the click (or Enter key) itself, then the
 * background registers the loader there. Removing gives the access back.
 */
export function CustomDomains() {
  const domains = useOptions((s) => s.domains);
  const input = useOptions((s) => s.domainInput);
  const error = useOptions((s) => s.domainError);
  const setDomainInput = useOptions((s) => s.setDomainInput);
  const addDomain = useOptions((s) => s.addDomain);
  const removeDomain = useOptions((s) => s.removeDomain);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the domain (a key press counts as the gesture the browser needs) instead of saving the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void addDomain();
  };

  return (
    <fieldset>
      <legend>Custom Gainsight domain</legend>
      <p className="field-hint">
        If your Gainsight opens on your company's own domain instead of *.gainsightcloud.com, add it here. Your browser asks you to allow
        the extension on that one domain; this takes effect at once, without Save.
      </p>
      <FieldShell ids={ids} label="Custom domain" hint="The host name only, e.g. cs.example.com." error={error}>
        <input
          id={ids.id}
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, true, !!error)}
          onChange={(event) => setDomainInput(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </FieldShell>
      <button type="button" onClick={() => void addDomain()}>
        Add domain
      </button>
      {domains.length > 0 && (
        <ul className="domain-list" aria-label="Custom domains">
          {domains.map(({ domain, active }) => (
            <li key={domain}>
              <span className="domain-name">{domain}</span>{' '}
              <span className={active ? 'domain-active' : 'domain-inactive'}>
                {active ? '— active' : '— not active: your browser has not granted access'}
              </span>
              {!active && (
                <button type="button" onClick={() => void addDomain(domain)}>
                  Allow access to {domain}
                </button>
              )}
              <button type="button" onClick={() => void removeDomain(domain)}>
                Remove {domain}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Notices area="domains" />
    </fieldset>
  );
}
