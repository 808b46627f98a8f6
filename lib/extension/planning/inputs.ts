/**
 * Gathers what planning an account needs, in the extension's own origin (background or side panel):
 * settings and catalog from browser storage, recorded sends from the reminders repository.
 */
import type { Account } from '../../shared/accounts/account';
import { toIsoDate } from '../../shared/dates/local';
import { historyOwnerOf } from '../../shared/accounts/history-owner';
import { accountKeyOf } from '../../shared/reminders/keys';
import { remindersErrorText } from '../../shared/reminders/errors';
import { repository } from '../reminders/repository';
import { catalogInUse } from '../settings/custom-catalog';
import { loadSettings } from '../settings/stored-settings';
import type { PlanInputs } from '../../shared/planning/plan-account';

export async function loadPlanInputs(account: Pick<Account, 'source' | 'id' | 'org' | 'link'>, now = new Date()): Promise<PlanInputs> {
  const settings = await loadSettings();
  const [{ catalog }, history] = await Promise.all([
    catalogInUse(settings),
    // The plan still stands on the page's own Program Logs if the database cannot be read; the panel says so.
    repository()
      .forAccount(accountKeyOf(historyOwnerOf(account)))
      .then((found) => ({ sends: found.sends, problem: undefined }))
      .catch((error: unknown) => ({ sends: [], problem: remindersErrorText(error) })),
  ]);
  return { catalog, settings, sends: history.sends, today: toIsoDate(now), ...(history.problem ? { historyProblem: history.problem } : {}) };
}
