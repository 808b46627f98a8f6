/**
 * Enrollments and sends go to the reminders repository in the background (another module owns it);
 * this only turns a program and an account into its message payloads.
 */
import type { Account, IsoDate } from '@/lib/accounts/account';
import { addressList } from '@/lib/email/addresses';
import { addDays } from '@/lib/dates/iso';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Program } from '@/lib/programs/types';
import type { RecordSendInput, SequenceInput } from '@/lib/reminders/inputs';
import type { RecordResult, StartResult } from '@/lib/reminders/repository';

/** The repository's limits (records.ts): names up to 300 characters, web links only. */
const MAX_NAME = 300;

function accountRef(account: Pick<Account, 'source' | 'id' | 'name' | 'url'>): SequenceInput['account'] {
  const url = account.url && /^https?:\/\//i.test(account.url) ? account.url : undefined;
  return { source: account.source, id: account.id, name: account.name.slice(0, MAX_NAME) || account.id, ...(url ? { url } : {}) };
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

export function startSequence(program: Program, account: Account, today: IsoDate, recipients: readonly string[]): Promise<StartResult> {
  return sendMessage('reminders.startSequence', sequenceInput(program, account, today, recipients));
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
export function recordSend({ program, account, step, sentOn, recipients, how }: SendFacts): Promise<RecordResult> {
  const startedOn = addDays(sentOn, -(program.steps[step]?.offsetDays ?? 0));
  return sendMessage('reminders.recordSend', { ...sequenceInput(program, account, startedOn, recipients), step, sentOn, how });
}
