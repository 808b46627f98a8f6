/**
 * An account snapshot that arrives from a host page is input, not data we made: it is parsed to the
 * exact shape and bounds the panel and the engine expect, and everything that names the record (its
 * source, org and id) is taken from the tab's URL, never from the page.
 */
import { z } from 'zod';
import type { Account } from '../../shared/accounts/account';

const text = (max: number) => z.string().max(max);
const list = (max: number) => z.array(text(300)).max(max);
const fieldValue = z.union([text(1_000), z.number(), z.boolean(), z.null()]);

const contactSchema = z.object({
  id: text(64).optional(),
  name: text(300),
  firstName: text(300).optional(),
  email: text(320).nullable(),
  roles: list(50),
  soldTo: z.boolean(),
  enablementEnrollment: list(50),
  permission: z.enum(['Owner', 'Maintainer']).nullable(),
});

const opportunitySchema = z.object({
  id: text(64).optional(),
  name: text(300),
  type: text(300).nullable(),
  stage: text(300).nullable(),
  closeDate: text(10).nullable(),
  isClosed: z.boolean().nullable().optional(),
  isWon: z.boolean().nullable().optional(),
});

const accountSchema = z.object({
  name: text(300).min(1),
  url: text(4_000).optional(),
  salesforceAccountId: text(18).optional(),
  fields: z.record(z.string().max(60), fieldValue),
  unreadable: z.record(z.string().max(60), text(1_000)),
  fieldNotes: z.record(z.string().max(60), text(1_000)).optional(),
  contacts: z.array(contactSchema).max(10_000).optional(),
  contactsIncomplete: text(500).optional(),
  opportunities: z.array(opportunitySchema).max(5_000),
  programLogs: z.array(z.object({ program: text(300), step: text(300).nullable(), sentOn: text(10), recipients: list(200) })).max(5_000),
});

/** The page's account with the tab's identity, or null when it is not an account snapshot at all. */
export function accountFromPage(input: unknown, identity: Pick<Account, 'source' | 'org' | 'id'>): Account | null {
  const parsed = accountSchema.safeParse(input);
  if (!parsed.success) return null;
  return { ...(parsed.data as Omit<Account, 'source' | 'org' | 'id' | 'contacts'>), contacts: parsed.data.contacts, ...identity };
}
