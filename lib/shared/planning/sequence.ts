/**
 * Turns a program and an account into what the reminders repository records: an enrollment in its
 * sequence, or a send of one step. Pure; the side panel and the background send or write it.
 */
import type { Account, IsoDate } from '../accounts/account';
import { historyOwnerOf } from '../accounts/history-owner';
import { addressList } from '../email/addresses';
import { addDays } from '../dates/iso';
import type { Program } from '../programs/types';
import type { RecordSendInput, SequenceInput } from '../reminders/inputs';

/** The repository's limits (records.ts): names up to 300 characters, web links only. */
const MAX_NAME = 300;

/** The record a write is kept under: a linked company's is its Salesforce Account's (history-owner.ts). */
export function accountRef(account: Pick<Account, 'source' | 'org' | 'id' | 'name' | 'url' | 'link'>): SequenceInput['account'] {
  const url = account.url && /^https?:\/\//i.test(account.url) ? account.url : undefined;
  return { ...historyOwnerOf(account), name: account.name.slice(0, MAX_NAME) || account.id, ...(url ? { url } : {}) };
}

export function sequenceInput(program: Program, account: Account, startedOn: IsoDate, recipients: readonly string[]): SequenceInput {
  return {
    account: accountRef(account),
    programId: program.id,
    programName: program.name.slice(0, MAX_NAME),
    steps: program.steps.map((step, index) => ({ index, name: step.name.slice(0, MAX_NAME), offsetDays: step.offsetDays })),
    startedOn,
    // Page data: only real addresses are recorded (the repository refuses the whole message otherwise).
    recipients: addressList(recipients).valid,
  };
}

export interface SendFacts {
  program: Program;
  account: Account;
  step: number;
  sentOn: IsoDate;
  recipients: readonly string[];
  how: RecordSendInput['how'];
}

/** If the send is the first the extension sees, the sequence is taken to have started on that step's day. */
export function sendInput({ program, account, step, sentOn, recipients, how }: SendFacts): RecordSendInput {
  const startedOn = addDays(sentOn, -(program.steps[step]?.offsetDays ?? 0));
  return { ...sequenceInput(program, account, startedOn, recipients), step, sentOn, how };
}
