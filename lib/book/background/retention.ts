/**
 * The retention limit for cached contacts, applied by the background each time it starts (a browser
 * start, an update, a worker woken by anything), so an old book goes even if My book is never opened.
 */
import { repository } from '../../reminders/repository';
import { loadSettings } from '../../settings/store';
import { bookCutoff } from '../retention';

export async function dropOldBooks(now: number = Date.now()): Promise<void> {
  await repository().book.dropReadBefore(bookCutoff(await loadSettings(), now));
}
