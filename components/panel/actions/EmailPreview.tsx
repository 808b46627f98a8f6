import { useEffect, useRef } from 'react';
import type { ComposedEmail } from '@/lib/shared/email/compose';
import { sanitizeToFragment } from '@/lib/shared/email/sanitize';
import { SENDER_CHOICES } from '@/lib/shared/email/senders';

/** "Casey Morgan <casey@…> (the account's CSM/TAM)"; a part not known reads as such, never as a guess. */
function fromLine(from: ComposedEmail['from']): string {
  const who = [from.name ?? 'name unknown', from.email ? `<${from.email}>` : 'address unknown'].join(' ');
  return `${who} (${SENDER_CHOICES[from.kind].replace(/^The /, 'the ')})`;
}

/**
 * The email as it will be filled, rendered inside the sidebar's shadow root. The body is inserted as the
 * sanitizer's DOM fragment (never as an HTML string React would parse); links open in a new tab.
 */
export function EmailPreview({ email, label }: { email: ComposedEmail; label: string }) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const fragment = sanitizeToFragment(email.html);
    for (const link of fragment.querySelectorAll('a[href]')) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    body.current?.replaceChildren(fragment);
  }, [email.html]);
  return (
    <section className="pc-preview" aria-label={label}>
      <dl className="pc-preview-head">
        <dt>From</dt>
        <dd>{fromLine(email.from)}</dd>
        <dt>To</dt>
        <dd>{email.to.join(', ') || '—'}</dd>
        <dt>CC</dt>
        <dd>{email.cc.join(', ') || '—'}</dd>
        <dt>Subject</dt>
        <dd>{email.subject}</dd>
      </dl>
      <div ref={body} className="pc-preview-body" />
    </section>
  );
}
