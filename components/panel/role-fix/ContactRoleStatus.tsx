import { hasRole, type Contact } from '@/lib/shared/accounts/account';

/** On a Contact page: whether this contact is the admin, and who is when it is not. */
export function ContactRoleStatus({ contact, admins, adminValue }: { contact: Contact; admins: Contact[]; adminValue: string }) {
  let text: string;
  if (hasRole(contact, adminValue)) text = `${contact.name} is a ${adminValue}.`;
  else if (admins.length) text = `${contact.name} is not a ${adminValue}; this account's ${adminValue} is ${admins.map((a) => a.name).join(', ')}.`;
  else text = `${contact.name} is not a ${adminValue}, and this account has none.`;
  return (
    <p role="status" className="pc-contact-role">
      {text}
    </p>
  );
}
