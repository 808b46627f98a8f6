/**
 * The book's lists as last planned, kept beside the cached book so that opening the book shows its rows
 * at once (a small read instead of thousands of accounts and their plans) while the whole book is read
 * and planned again behind them. Used only when it was planned for the same day, settings and catalog,
 * and dropped whenever a refresh saves a new book (book-cache.ts).
 */
import type { Account, IsoDate } from '../../shared/accounts/account';
import type { Catalog, Program } from '../../shared/programs/types';
import type { BookViewRecord } from '../../shared/book/book-records';
import type { Settings } from '../../shared/settings/schema';
import type { BookMeta } from '../../shared/book/model';
import type { BookLists, DealRow, NoAdminRow, StepRow } from './plan-book';

/** Bumped when the stored shape changes: an older view is then simply not used. */
const VERSION = 1;

type Stored<T> = Omit<T, 'account' | 'program'> & { accountId: string; programId?: string };

interface ViewData {
  version: number;
  meta: BookMeta;
  today: IsoDate;
  inputsKey: string;
  /** The accounts the rows name; contacts only where the role fix needs them (accounts without an admin). */
  accounts: Account[];
  due: { programId: string; rows: Stored<StepRow>[] }[];
  noAdmin: Stored<NoAdminRow>[];
  deals: Stored<DealRow>[];
  upcoming: Stored<StepRow>[];
  adminUnknown: number;
  total: number;
}

/** FNV-1a over the settings and catalog: a plan made with other ones is not reused. */
export function inputsKey(settings: Settings, catalog: Catalog): string {
  const text = JSON.stringify([settings, catalog]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

const stepOut = ({ account, program, ...rest }: StepRow): Stored<StepRow> => ({ ...rest, accountId: account.id, programId: program.id });
const rowOut = <T extends { account: Account }>({ account, ...rest }: T): Stored<T> => ({ ...rest, accountId: account.id }) as Stored<T>;

export function viewRecord(meta: BookMeta, lists: BookLists, total: number, today: IsoDate, key: string): BookViewRecord {
  const fixable = new Set(lists.noAdmin.map((r) => r.account.id));
  const named = new Map<string, Account>();
  const rows = [...lists.due.flatMap((g) => g.rows), ...lists.noAdmin, ...lists.deals, ...lists.upcoming];
  for (const { account } of rows) {
    // What a row shows and acts with (its name, link and identity); planning uses the whole book, read after.
    if (!named.has(account.id)) {
      const { source, org, id, name, url } = account;
      named.set(account.id, { source, org, id, name, ...(url ? { url } : {}), fields: {}, unreadable: {}, contacts: fixable.has(id) ? account.contacts : [], opportunities: [], programLogs: [] });
    }
  }
  const data: ViewData = {
    version: VERSION,
    meta,
    today,
    inputsKey: key,
    accounts: [...named.values()],
    due: lists.due.map((g) => ({ programId: g.programId, rows: g.rows.map(stepOut) })),
    noAdmin: lists.noAdmin.map(rowOut),
    deals: lists.deals.map(rowOut),
    upcoming: lists.upcoming.map(stepOut),
    adminUnknown: lists.adminUnknown,
    total,
  };
  return { org: meta.org, user: meta.user.id, data };
}

export interface StoredLists {
  meta: BookMeta;
  lists: BookLists;
  total: number;
}

/** The stored lists, when they were planned for this day with these settings and catalog; otherwise null. */
export function listsOfView(record: BookViewRecord | null, today: IsoDate, key: string, catalog: Catalog): StoredLists | null {
  const data = record?.data as Partial<ViewData> | undefined;
  if (!data || data.version !== VERSION || data.today !== today || data.inputsKey !== key || !data.meta || !Array.isArray(data.accounts)) return null;
  const accounts = new Map(data.accounts.map((a) => [a.id, a]));
  const programs = new Map(catalog.programs.map((p) => [p.id, p]));
  let whole = true;
  const account = (id: string): Account => accounts.get(id) ?? ((whole = false), { id } as Account);
  const program = (id: string | undefined): Program => programs.get(id ?? '') ?? ((whole = false), { id } as Program);
  const stepIn = ({ accountId, programId, ...rest }: Stored<StepRow>): StepRow => ({ ...rest, account: account(accountId), program: program(programId) });
  const rowIn = <T extends { account: Account }>({ accountId, ...rest }: Stored<T>): T => ({ ...rest, account: account(accountId) }) as unknown as T;
  const lists: BookLists = {
    due: (data.due ?? []).map((g) => ({ programId: g.programId, programName: program(g.programId).name, rows: g.rows.map(stepIn) })),
    noAdmin: (data.noAdmin ?? []).map((r) => rowIn<NoAdminRow>(r)),
    deals: (data.deals ?? []).map((r) => rowIn<DealRow>(r)),
    upcoming: (data.upcoming ?? []).map(stepIn),
    adminUnknown: data.adminUnknown ?? 0,
  };
  return whole ? { meta: data.meta, lists, total: data.total ?? 0 } : null;
}
