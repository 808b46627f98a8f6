/**
 * Day numbers as calendar dates (YYYY-MM-DD) for entries. Evaluating many accounts on one day repeats the
 * same few hundred dates: a small direct-mapped cache formats each once (a collision just formats again).
 */
import type { IsoDate } from '../accounts/account';
import { isoFromDay } from '../dates/days';

const SLOTS = 1024;
/** No day number is this: the day of an empty slot. */
const NO_DAY = -0x80000000;
const days = new Int32Array(SLOTS).fill(NO_DAY);
const texts: IsoDate[] = new Array<IsoDate>(SLOTS).fill('');

export function dayText(day: number): IsoDate {
  const slot = day & (SLOTS - 1);
  if (days[slot] !== day) {
    days[slot] = day;
    texts[slot] = isoFromDay(day);
  }
  return texts[slot]!;
}
