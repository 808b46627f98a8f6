/**
 * Started email sequences for the real-browser tests (Firefox, and Chromium's a11y checks), made the way the panel's Start does it: a message from
 * an add-on page (the background accepts it only from there). Dates are the browser's: it runs here.
 */
import type { SequenceInput } from '../../lib/shared/reminders/inputs';
import { addDays } from '../../lib/shared/dates/iso';
import { toIsoDate } from '../../lib/shared/dates/local';
import { SANDBOX_HOSTS } from '../sandbox/server';

export const today = toIsoDate(new Date());

const steps = [
  { index: 0, name: 'Welcome', offsetDays: 0 },
  { index: 1, name: 'Getting started', offsetDays: 7 },
];

/** Started yesterday: its first send is overdue. */
export const acme: SequenceInput = {
  account: {
    source: 'gainsight',
    org: SANDBOX_HOSTS.gainsight,
    id: 'FF-ACME',
    name: 'Acme Corp',
    url: `https://${SANDBOX_HOSTS.gainsight}/v1/ui/customersuccess360?cid=FF-ACME`,
  },
  programId: 'net-new-onboarding',
  programName: 'Net-New Onboarding',
  steps,
  startedOn: addDays(today, -1),
  recipients: ['admin@acme.example'],
};

/** Started today, from Salesforce: its first send is due today. */
export const globex: SequenceInput = {
  ...acme,
  account: {
    source: 'salesforce',
    org: SANDBOX_HOSTS.salesforceApi,
    id: '001FF00000000001AA',
    name: 'Globex',
    url: `https://${SANDBOX_HOSTS.lightning}/lightning/r/Account/001FF00000000001AA/view`,
  },
  startedOn: today,
};

/** A first send due in three days (Next 7 days). */
export const initech: SequenceInput = {
  ...acme,
  account: { ...acme.account, id: 'FF-INITECH', name: 'Initech', url: `https://${SANDBOX_HOSTS.gainsight}/v1/ui/customersuccess360?cid=FF-INITECH` },
  steps: [{ index: 0, name: 'Check-in', offsetDays: 3 }],
  startedOn: today,
};

/** A first send due in twenty days (Later). */
export const umbrella: SequenceInput = {
  ...initech,
  account: { ...initech.account, id: 'FF-UMBRELLA', name: 'Umbrella Corporation', url: `https://${SANDBOX_HOSTS.gainsight}/v1/ui/customersuccess360?cid=FF-UMBRELLA` },
  steps: [{ index: 0, name: 'Quarterly review', offsetDays: 20 }],
};

/** One sequence per group of the checklist: Overdue, Today, Next 7 days, Later. */
export const everyGroup = [acme, globex, initech, umbrella];

/** What the popup names a row's buttons after: account, program and step. */
export const subject = (sequence: SequenceInput, step: string) => `${sequence.account.name}, ${sequence.programName}: ${step}`;
