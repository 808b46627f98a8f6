/**
 * Who sends a program: the catalog names one per program from seed 002 ("Typically we tokenize this to come
 * from either a TAM or AE ... For a more generic send we use customer_enablement@gitlab.com."), and the user
 * may choose another per program in Options.
 */
import type { Program, Sender } from '../programs/types';

export const SENDER_CHOICES: Readonly<Record<Sender, string>> = {
  csm: "The account's CSM/TAM (you)",
  'account-executive': "The account's AE",
  'customer-enablement': 'The generic address',
};

/** The sender the user chose for `program`, else the catalog's. */
export function senderOf(program: Pick<Program, 'id' | 'sender'>, chosen: Readonly<Partial<Record<string, Sender>>>): Sender {
  return chosen[program.id] ?? program.sender;
}

