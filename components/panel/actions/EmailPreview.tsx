import { useEffect, useRef } from 'react';
import type { ComposedEmail } from '@/lib/shared/email/compose';
import { sanitizeToFragment } from '@/lib/shared/email/sanitize';

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
