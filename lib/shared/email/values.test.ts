import { describe, expect, it } from 'vitest';
import type { Contact } from '../accounts/account';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { senderOf } from './senders';
import { settingFieldFor } from './token-settings';
import { joinNames, longDate, tokenValues } from './values';

const contact = (name: string, email: string | null = null, firstName?: string): Contact => ({
  name, firstName, email, roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null,
});
const account = { name: 'Acme', fields: { csm: 'Dana Whitfield', csmEmail: 'dana@gitlab.example', renewalDate: '2027-01-15' } };
const sender = { ...DEFAULT_SETTINGS.sender, name: 'Casey Morgan', email: 'casey@gitlab.example', title: 'CSM', genericAddress: 'enablement@gitlab.example' };

describe('token values', () => {
  it('names every recipient the way a greeting reads', () => {
    expect(joinNames(['Ada'])).toBe('Ada');
    expect(joinNames(['Ada', 'Sam'])).toBe('Ada and Sam');
    expect(joinNames(['Ada', 'Sam', 'Lee'])).toBe('Ada, Sam and Lee');
    const values = tokenValues({ account, contacts: [contact('Ada Lovelace', 'ada@x.example'), contact('Sam Buyer', 'sam@x.example', 'Samuel')], sender, senderKind: 'csm', locale: 'en-US' });
    expect(values['contact.firstName']).toBe('Ada and Samuel');
    expect(values['contact.email']).toBe('ada@x.example, sam@x.example');
  });

  it('uses the generic address for customer-enablement programs and the CSM address otherwise', () => {
    expect(tokenValues({ account, contacts: [], sender, senderKind: 'customer-enablement' })['sender.email']).toBe('enablement@gitlab.example');
    expect(tokenValues({ account, contacts: [], sender, senderKind: 'csm' })['sender.email']).toBe('casey@gitlab.example');
  });

  it('falls back to the account CSM for a CSM-sent program when no sender is configured', () => {
    const values = tokenValues({ account, contacts: [], sender: DEFAULT_SETTINGS.sender, senderKind: 'csm' });
    expect(values['sender.name']).toBe('Dana Whitfield');
    expect(values['sender.email']).toBe('dana@gitlab.example');
    expect(values['sender.title']).toBeUndefined();
  });

  it("signs an AE-sent program as the account's AE, and leaves it unresolved when nobody names one", () => {
    const withAe = { ...account, fields: { ...account.fields, ae: 'Avery Stone', aeEmail: 'astone@gitlab.example' } };
    const values = tokenValues({ account: withAe, contacts: [], sender, senderKind: 'account-executive' });
    expect([values['sender.name'], values['sender.title'], values['sender.email']]).toEqual(['Avery Stone', 'Account Executive', 'astone@gitlab.example']);
    const none = tokenValues({ account, contacts: [], sender, senderKind: 'account-executive' });
    expect([none['sender.name'], none['sender.title'], none['sender.email']]).toEqual([undefined, undefined, undefined]);
  });

  it('takes the user\'s choice of sender over the catalog\'s, per program', () => {
    const program = { id: 'csat-survey', sender: 'customer-enablement' } as const;
    expect(senderOf(program, {})).toBe('customer-enablement');
    expect(senderOf(program, { 'csat-survey': 'account-executive', other: 'csm' })).toBe('account-executive');
    expect(settingFieldFor('sender.name', { kind: 'account-executive', programId: 'csat-survey' })).toBe('field-programs-senders-csat-survey');
    expect(settingFieldFor('sender.name', { kind: 'csm', programId: 'csat-survey' })).toBe('field-sender-name');
  });

  it('writes dates in words without shifting them by time zone', () => {
    expect(longDate('2027-01-15', 'en-US')).toBe('January 15, 2027');
    expect(tokenValues({ account, contacts: [], sender, senderKind: 'csm', locale: 'en-US' })['dates.renewal']).toBe('January 15, 2027');
    expect(longDate(null)).toBeUndefined();
  });
});
