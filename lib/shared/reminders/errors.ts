/**
 * Why the reminders cannot be read or saved, in words a CSM can act on. The repository turns the
 * browser's IndexedDB errors into these; the popup and the side panel show `remindersErrorText`.
 * Nothing here imports idb, so UI code may import it.
 */
export type RemindersProblem = 'newer-version' | 'upgrade-failed' | 'disk-full' | 'unreadable';

const EXPORT_HINT = 'Options → Data can still export them.';

const SENTENCES: Record<RemindersProblem, string> = {
  'newer-version':
    `Your reminders were saved by a newer version of this extension, which this version cannot read. Nothing was deleted: update the extension to see them again. ${EXPORT_HINT}`,
  'upgrade-failed':
    `Your reminders could not be converted to this version's format, so they were left exactly as they were. ${EXPORT_HINT}`,
  'disk-full':
    'The browser has no disk space left for the reminders: what you just did was not saved, and everything saved before is still there. Free some disk space, then try again.',
  unreadable: `The reminders database could not be opened. Nothing was deleted. ${EXPORT_HINT}`,
};

export class RemindersError extends Error {
  override readonly name = 'RemindersError';

  constructor(
    readonly problem: RemindersProblem,
    /** The browser's own error, for the console and bug reports; never the sentence a user reads. */
    readonly detail?: string,
  ) {
    super(SENTENCES[problem]);
  }
}

const nameOf = (error: unknown): string => (error && typeof error === 'object' && 'name' in error ? String(error.name) : '');
const detailOf = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** The reminders error a failed IndexedDB open stands for. */
export function openFailure(error: unknown): RemindersError {
  if (error instanceof RemindersError) return error;
  switch (nameOf(error)) {
    case 'VersionError':
      return new RemindersError('newer-version', detailOf(error));
    case 'QuotaExceededError':
      return new RemindersError('disk-full', detailOf(error));
    // An upgrade step threw: the versionchange transaction was aborted and the database kept its version.
    case 'AbortError':
      return new RemindersError('upgrade-failed', detailOf(error));
    default:
      return new RemindersError('unreadable', detailOf(error));
  }
}

/** A failed write: a full disk is named; anything else is passed on as it is. */
export function writeFailure(error: unknown): unknown {
  return nameOf(error) === 'QuotaExceededError' ? new RemindersError('disk-full', detailOf(error)) : error;
}

/**
 * An error's message as its author wrote it. One thrown in the background reaches a page through
 * runtime messaging as a new Error whose message Chrome prefixes with "Uncaught Error: ".
 */
export function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Uncaught \w*: /, '');
}

/** One sentence for any error the reminders code throws, for the popup and the side panel. */
export function remindersErrorText(error: unknown): string {
  if (error instanceof RemindersError) return error.message;
  if (nameOf(error) === 'QuotaExceededError') return SENTENCES['disk-full'];
  // Errors crossing runtime messaging arrive as plain Errors carrying the sentence.
  const message = plainMessage(error);
  return Object.values(SENTENCES).find((sentence) => message === sentence) ?? `The reminders could not be read or saved: ${message}`;
}
