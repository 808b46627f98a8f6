/**
 * How old the book shown is, in words, and whether it is older than the refresh setting
 * (settings.book.refreshAfter, the team's choice): the issue asks that a stale book say how old it is.
 * Pure: the time comes in as an argument.
 */
import type { Settings } from '../../shared/settings/schema';

type RefreshAfter = Settings['book']['refreshAfter'];

export interface BookAge {
  /** "Last refreshed 3 h ago". */
  words: string;
  /** Older than the setting allows: the view says so, with what to do. */
  stale: boolean;
  /** Why it counts as stale, in words (empty when it is not). */
  staleWords: string;
}

const MINUTE = 60_000;

const SETTING_WORDS: Record<Exclude<RefreshAfter, 'never'>, string> = { '0': 'a minute', '15': '15 minutes', '60': '1 hour', '240': '4 hours', '1440': '1 day' };

/** "just now", "12 min ago", "3 h ago", "4 days ago": rounded down, so a book is never younger than said. */
export function ageWords(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/**
 * The book read at `asOf` (ISO), seen at `now` (ms). "Always" (0) counts a book over a minute old as
 * stale: the setting asks for a fresh read each time. "Never" has no age limit: the age is still said.
 */
export function bookAge(asOf: string, now: number, refreshAfter: RefreshAfter): BookAge {
  const age = now - Date.parse(asOf);
  const words = `Last refreshed ${ageWords(age)}`;
  if (refreshAfter === 'never') return { words, stale: false, staleWords: '' };
  const limit = Math.max(1, Number(refreshAfter)) * MINUTE;
  if (age < limit) return { words, stale: false, staleWords: '' };
  return { words, stale: true, staleWords: `Older than ${SETTING_WORDS[refreshAfter]} (your refresh setting, in Options): Salesforce may have changed since. Refresh to read it again.` };
}
