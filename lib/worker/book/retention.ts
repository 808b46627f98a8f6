/**
 * The retention limit for cached contacts, applied by the background each time it starts (a browser
 * start, an update, a worker woken by anything), so an old book goes even if My book is never opened.
 */
import { repository } from '../../extension/reminders/repository';
import { loadSettings } from '../../extension/settings/stored-settings';
import { bookCutoff } from '../../shared/book/retention';

export async function dropOldBooks(now: number = Date.now()): Promise<void> {
  await repository().book.dropReadBefore(bookCutoff(await loadSettings(), now));
}
