/**
 * "Clear everything" on the options page: every trace the extension keeps in this browser. Runs in
 * the background, which owns the reminders database and the badge.
 *
 * Data goes first and settings last: should anything fail, the settings (and with them the custom
 * domains the user granted) are still there to try again with. It reports done only once every store
 * has been checked empty; otherwise it names what is still kept.
 */
import { browser } from 'wxt/browser';
import { backgroundRefresh } from '../reminders/start';
import { repository } from '../../extension/reminders/repository';
import { CLEARED, type Cleared } from '../../extension/settings/cleared';

export interface ClearOutcome {
  /** Everything is gone (checked, not assumed). */
  done: boolean;
  /** What is still kept, each with why when known, in the user's words. */
  remaining: string[];
}

export interface ClearOptions {
  /** How long to wait for another window of the extension to let go of the reminders database. */
  waitForOtherWindowsMs?: number;
}

class StillOpen extends Error {}

/**
 * Deletes the database through the repository. Another window holding it open delays the deletion
 * until it lets go; past the wait this reports the reminders as kept — which they still are — rather
 * than claiming a deletion that has not happened.
 */
function deleteReminders(waitMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBlocked = () => {
      timer ??= setTimeout(() => reject(new StillOpen()), waitMs);
    };
    repository()
      .destroy({ onBlocked })
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/** Host access the user granted beyond the manifest's own hosts (custom Gainsight domains). */
async function grantedOptionalOrigins(): Promise<string[]> {
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !required.has(origin));
}

/** Each store: how to empty it and how to tell it is empty. */
const STEPS: Record<Cleared, { clear(options: Required<ClearOptions>): Promise<void>; isEmpty(): Promise<boolean> }> = {
  reminders: {
    clear: (options) => deleteReminders(options.waitForOtherWindowsMs),
    async isEmpty() {
      const left = await repository().salvage();
      return !left || Object.values(left.records).every((records) => records.length === 0);
    },
  },
  session: {
    clear: () => browser.storage.session.clear(),
    isEmpty: async () => Object.keys(await browser.storage.session.get(null)).length === 0,
  },
  scripts: {
    clear: () => browser.scripting.unregisterContentScripts(),
    isEmpty: async () => (await browser.scripting.getRegisteredContentScripts()).length === 0,
  },
  hosts: {
    async clear() {
      const origins = await grantedOptionalOrigins();
      if (origins.length) await browser.permissions.remove({ origins });
    },
    isEmpty: async () => (await grantedOptionalOrigins()).length === 0,
  },
  sync: {
    clear: () => browser.storage.sync.clear(),
    isEmpty: async () => Object.keys(await browser.storage.sync.get(null)).length === 0,
  },
  local: {
    clear: () => browser.storage.local.clear(),
    isEmpty: async () => Object.keys(await browser.storage.local.get(null)).length === 0,
  },
};

const DATA: readonly Cleared[] = ['reminders', 'session', 'scripts', 'hosts'];
const SETTINGS: readonly Cleared[] = ['sync', 'local'];

function why(error: unknown): string {
  if (error instanceof StillOpen) return 'another window of the extension still has them open: close it, then try again';
  return error instanceof Error ? error.message : String(error);
}

export async function clearEverything(options: ClearOptions = {}): Promise<ClearOutcome> {
  const settled: Required<ClearOptions> = { waitForOtherWindowsMs: options.waitForOtherWindowsMs ?? 10_000 };
  const failed = new Map<Cleared, string>();
  const attempt = async (what: Cleared) => {
    try {
      await STEPS[what].clear(settled);
    } catch (error) {
      failed.set(what, why(error));
    }
  };
  for (const what of DATA) await attempt(what);
  // Settings go only once all data is gone, so a failure never leaves data without its settings.
  if (failed.size === 0) for (const what of SETTINGS) await attempt(what);

  const remaining: string[] = [];
  for (const what of [...DATA, ...SETTINGS]) {
    const reason = failed.get(what);
    const empty = reason === undefined && (await STEPS[what].isEmpty().catch(() => false));
    if (!empty) remaining.push(reason ? `${CLEARED[what]} (${reason})` : CLEARED[what]);
  }
  // The badge, alarm and notifications still describe the deleted reminders until refreshed. Not awaited:
  // while another window holds the database, the refresh waits for the deletion to go through first.
  void backgroundRefresh().catch((error: unknown) => console.error('[clear everything] refresh failed', error));
  return { done: remaining.length === 0, remaining };
}

/** The outcome as the sentence the options page shows when something is still kept. */
export function remainingSentence(outcome: ClearOutcome): string {
  return `Still kept: ${outcome.remaining.join('; ')}.`;
}
