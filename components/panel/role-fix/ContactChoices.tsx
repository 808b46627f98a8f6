import { useEffect, useRef } from 'react';
import type { Contact } from '@/lib/shared/accounts/account';
import { ConfirmFix } from './ConfirmFix';
import type { RoleFixControls } from './use-role-fix';

interface ChoiceProps {
  contact: Contact;
  adminValue: string;
  fix: RoleFixControls;
}

/** The account's contacts, each with its one-click button; Sold-To is marked since it is the usual pick. */
export function ContactChoices({ contacts, adminValue, fix }: { contacts: Contact[]; adminValue: string; fix: RoleFixControls }) {
  if (!contacts.length) {
    return <p className="pc-choices-empty">This account has no contacts in Salesforce. Add one, then make it {adminValue} here.</p>;
  }
  return (
    <>
      <p className="pc-choices-intro">Make a contact {adminValue} in one click. Their other roles are kept.</p>
      <ul className="pc-choices" aria-label={`Contacts who could be ${adminValue}`}>
        {contacts.map((contact) => (
          <ContactChoice key={contact.id ?? contact.name} contact={contact} adminValue={adminValue} fix={fix} />
        ))}
      </ul>
    </>
  );
}

function ContactChoice({ contact, adminValue, fix }: ChoiceProps) {
  const { state } = fix;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const confirming = state.step === 'confirming' && state.contact.id === contact.id;
  // After Cancel the button comes back; focus returns to it so the keyboard user is where they were.
  const focusBack = state.step === 'idle' && state.returnFocusTo === contact.id;
  useEffect(() => {
    if (focusBack) buttonRef.current?.focus();
  }, [focusBack]);
  return (
    <li className="pc-choice">
      <span className="pc-choice-name">{contact.name}</span>
      {contact.soldTo && <span className="pc-tag">Sold-To</span>}
      {contact.roles.length > 0 && <span className="pc-choice-roles">{contact.roles.join(', ')}</span>}
      {confirming ? (
        <ConfirmFix contact={contact} adminValue={adminValue} onConfirm={() => void fix.confirm()} onCancel={fix.cancel} />
      ) : (
        <button type="button" ref={buttonRef} className="pc-make-admin" disabled={state.step === 'saving'} onClick={() => fix.ask(contact)}>
          {/* The name is in the button's accessible name only: each row's button must say whom it changes. */}
          Make <span className="pc-visually-hidden">{contact.name} </span>
          {adminValue}
        </button>
      )}
    </li>
  );
}
