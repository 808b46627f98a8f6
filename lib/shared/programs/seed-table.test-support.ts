/**
 * The seed tables' shape: one group of rows per seed sentence, each row an account at a boundary the
 * sentence implies and the state the panel must show. Shared by seed-004.test.ts and seed-001.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AccountFields, IsoDate } from '../accounts/account';
import { addDays, addMonths } from '../dates/iso';
import type { SentRecord } from './history';
import { entryOf, makeAccount, planFor, summary, type AccountOptions } from './accounts.test-support';
import type { EngineSettings } from './settings';
import type { Edition, SeedQuote } from './types';

export interface Row {
  /** What the row shows, e.g. "day N−1". */
  name: string;
  fields?: Partial<AccountFields>;
  account?: AccountOptions;
  history?: SentRecord[];
  settings?: EngineSettings;
  today: IsoDate;
  /** `summary()` of the program's entry: "due 2026-03-12", "not-eligible: …", "held-back 2026-03-12: …". */
  expected: string;
  /** The entry's recipients by name, when the row is about who receives it. */
  to?: string[] | null;
}

/** An account that became a customer on `since`, its first subscription starting that day, not renewed yet. */
export const newCustomer = (since: IsoDate): Partial<AccountFields> => ({
  customerSince: since, subscriptionStartDate: since, lastRenewalDate: null, renewalDate: addMonths(since, 12),
});

export const daysAfter = (date: IsoDate, days: number): IsoDate => addDays(date, days);

/** The rows one seed sentence implies for one program. */
export function sentence(edition: Edition, quote: SeedQuote, program: string, rows: Row[]): void {
  describe(`"${quote.text}" (seed ${quote.seed}) → ${program}`, () => {
    it.each(rows.map((row) => [row.name, row] as const))('%s', (_, row) => {
      const account = makeAccount({ ...row.account, fields: { ...row.account?.fields, ...row.fields } });
      const entry = entryOf(planFor(account, row.today, { edition, history: row.history, settings: row.settings }), program);
      expect(summary(entry)).toBe(row.expected);
      if (row.to !== undefined) expect(entry.recipients?.map((r) => r.contact.name) ?? null).toEqual(row.to);
    });
  });
}
