/** What the reminders repository offers (repository.ts implements it), and the shapes it answers with. */
import type { IsoDate } from '../../shared/accounts/account';
import type { BookCache } from './book-cache';
import type { SalvagedStores } from './db/open';
import type { GroupId } from './groups';
import type { RecordSendInput, SequenceInput } from '../../shared/reminders/inputs';
import type { AccountKey, Reminder, SendRecord } from '../../shared/reminders/records';
import type { UndoSummary } from '../../shared/reminders/undo';
import type { AccountHistory, ActionResult, AllRecords, MergeSummary, RecordResult, StartResult } from '../../shared/reminders/results';

export type GroupCounts = Record<GroupId, number>;

export interface Repository {
  startSequence(input: SequenceInput): Promise<StartResult>;
  /** An active enrollment takes the schedule its CTA shows now (follow-schedule.ts); null when nothing changed. */
  followSchedule(input: SequenceInput): Promise<StartResult | null>;
  recordSend(input: RecordSendInput): Promise<RecordResult>;
  /**
   * Several sends at once (My book's mark-sent, one row or many), in one transaction that also keeps
   * their undo record under a token of its own: each such action can be undone by its token, in any
   * order, and the popup's own last action stays undoable beside them.
   */
  recordSends(inputs: readonly RecordSendInput[], label: string): Promise<{ results: RecordResult[]; undo: UndoSummary; token: string }>;
  /** Takes back one recordSends by its token, whatever was done since elsewhere (unless it changed the same records). */
  undoSends(token: string): Promise<ActionResult>;
  markSent(key: string, today: IsoDate): Promise<ActionResult>;
  snooze(key: string, until: IsoDate, today: IsoDate): Promise<ActionResult>;
  skip(key: string, reason: string, today: IsoDate): Promise<ActionResult>;
  undo(): Promise<ActionResult>;
  lastUndo(): Promise<UndoSummary | null>;
  /** Pending reminders by the date they next come up; `limit` makes it the popup's bounded first read. */
  listPending(limit?: number): Promise<Reminder[]>;
  countPending(today: IsoDate): Promise<GroupCounts>;
  /** How many are due or overdue: the badge. */
  countDue(today: IsoDate): Promise<number>;
  /** The first date after today on which a pending reminder comes up: when to wake next. */
  nextPendingAfter(today: IsoDate): Promise<IsoDate | null>;
  /** Marks due reminders not yet notified for their date as notified, and returns them: each is notified once. */
  claimNotifications(today: IsoDate): Promise<Reminder[]>;
  getReminder(key: string): Promise<Reminder | undefined>;
  forAccount(accountKey: AccountKey): Promise<AccountHistory>;
  /** The recorded sends of many accounts in one read (My book plans thousands at once). */
  sendsByAccount(accountKeys: Iterable<AccountKey>): Promise<Map<AccountKey, SendRecord[]>>;
  /** The cached "My book" of each org. */
  book: BookCache;
  readAll(): Promise<AllRecords>;
  /** Merges records in one transaction: all are written or none. */
  mergeAll(records: AllRecords): Promise<MergeSummary>;
  /**
   * Every record that can be read, as stored, even when the database cannot be opened at this version
   * (a newer version's, or one a failed upgrade left behind): for the backup. Null when there is none.
   */
  salvage(): Promise<SalvagedStores | null>;
  /** Deletes the whole database (Clear everything); resolves once it is gone. */
  destroy(options?: { onBlocked?: () => void }): Promise<void>;
  close(): void;
}
