import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import { sitesOf, type HostAccess } from '@/lib/ui/panel/permissions';

/** The browser's host access; the popup and the side panel provide it, component tests give a fake or none. */
export const HostAccessContext = createContext<HostAccess | null>(null);

export const ALLOW_ACCESS = 'Allow access to Gainsight and Salesforce';

type Answer = 'granted' | 'refused' | 'failed' | null;

/**
 * When the user has taken back the extension's access to Gainsight or Salesforce (Firefox's
 * about:addons, Chrome's "Site access"), says so and gives it back in one click. Without it the
 * browser hides those tabs from the extension, and the panel could only say "not a record".
 * Renders nothing while every site is on.
 */
export function AccessRequest() {
  const access = useContext(HostAccessContext);
  const [missing, setMissing] = useState<string[]>([]);
  const [answer, setAnswer] = useState<Answer>(null);
  const titleId = useId();
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!access) return;
    let live = true;
    const check = () =>
      void access.missing().then(
        (patterns) => live && setMissing(patterns),
        // The browser could not say: nothing is claimed either way.
        () => live && setMissing([]),
      );
    check();
    const stop = access.onChange(check);
    return () => {
      live = false;
      stop();
    };
  }, [access]);

  // The button goes once access is back: focus moves to the sentence that says so, not to the page.
  const granted = answer === 'granted' && missing.length === 0;
  useEffect(() => {
    if (granted) doneRef.current?.focus();
  }, [granted]);

  if (!access) return null;
  if (missing.length === 0) {
    return granted ? (
      <p ref={doneRef} tabIndex={-1} role="status" className="access-granted">
        Access allowed: the companion reads Gainsight and Salesforce pages again.
      </p>
    ) : null;
  }

  const ask = () => {
    // Nothing may be awaited before this call: the browser asks the user only during the click.
    access.request(missing).then(
      (allowed) => {
        setAnswer(allowed ? 'granted' : 'refused');
        // The browser's own event follows; asking again does not depend on it.
        if (allowed) void access.missing().then(setMissing, () => setMissing([]));
      },
      () => setAnswer('failed'),
    );
  };
  const sites = sitesOf(missing).join(' and ');
  return (
    <section className="access-request" aria-labelledby={titleId}>
      <h2 id={titleId}>No access to {sites}</h2>
      <p>
        Your browser does not let the companion read {sites} pages, so it cannot show their accounts. Turn access on here, or in
        the browser&apos;s settings for this add-on.
      </p>
      <button type="button" onClick={ask}>
        {ALLOW_ACCESS}
      </button>
      {answer === 'refused' && <p role="alert">Your browser did not allow access. Allow it here, or in the browser&apos;s settings for this add-on.</p>}
      {answer === 'failed' && <p role="alert">Your browser could not ask for access. Turn it on in the browser&apos;s settings for this add-on.</p>}
    </section>
  );
}
