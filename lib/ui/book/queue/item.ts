/** One row of the queue: one send, with the state the CSM left it in (queue.ts builds them). */
import type { IsoDate } from '../../../shared/accounts/account';
import type { StepRow } from '../plan-book';
import type { FatigueHit } from './fatigue';
import type { QueueMark, RowSnapshot } from './marks';

export type SectionId = 'overdue' | 'today' | 'week';
export const SECTION_TITLES: Record<SectionId, string> = { overdue: 'Overdue', today: 'Today', week: 'This week' };

/**
 * What the CSM did with a row today. 'start-unsaved': started from the book, its Gainsight form filled
 * but not saved yet (a started mark with `saved: false`); still to do, like 'started'.
 */
export type ItemState = 'open' | 'started' | 'start-unsaved' | 'sent' | 'snoozed' | 'skipped';

export interface QueueItem extends RowSnapshot {
  key: string;
  /** The day it is due on the CSM's calendar (a snooze's day once it ends). */
  dueOn: IsoDate;
  section: SectionId;
  /** Days since it became due (overdue rows). */
  age: number;
  why: string;
  state: ItemState;
  mark: QueueMark | null;
  fatigue: FatigueHit | null;
  /** The engine's row, to act on; null for a row kept from a mark's snapshot. */
  row: StepRow | null;
  arr: number | null;
  renewal: IsoDate | null;
}
