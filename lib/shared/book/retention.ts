/**
 * How long My book keeps what it cached (Options → Data): a book read more than `book.keepDays` days
 * ago is deleted, contacts and all, when the book opens and when the background starts.
 */
import type { Settings } from '../settings/schema';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Books read before this instant are past the retention limit. */
export function bookCutoff(settings: Pick<Settings, 'book'>, now: number): string {
  return new Date(now - Number(settings.book.keepDays) * DAY_MS).toISOString();
}
