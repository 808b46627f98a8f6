/**
 * The eligibility engine: catalog + account + today + what was sent → a plan with exactly one state per
 * program. Pure: no clock, no DOM, no I/O. Missing data becomes an "unknown" entry naming the field,
 * never an exception and never a silent "not eligible".
 *
 * It runs over whole books of business, so the hot path allocates little: one entry object per program
 * (fewer where entries are shared), and its working state reused from one account to the next. What does
 * not depend on the account is worked out once: per catalog (compile.ts), per catalog and settings
 * (setup.ts), per day (today.ts).
 */
import type { Account, IsoDate } from '../accounts/account';
import { dayFromIso } from '../dates/days';
import { compiled, type CompiledCatalog } from './compile';
import { Evaluation } from './evaluation';
import type { SentRecord } from './history';
import type { Plan } from './plan';
import { resolveSettings, type EngineSettings, type ResolvedSettings } from './settings';
import { setupFor, type Setup } from './setup';
import { todayContextFor } from './today';
import type { Catalog } from './types';

/** The last day evaluated, as given and as a day number. */
const lastToday: { text: IsoDate | null; day: number | null } = { text: null, day: null };

/** The evaluation reused for the next account while the setup stays the same. */
let evaluation: Evaluation | null = null;

/** The last catalog and settings evaluated, and their setup: a batch evaluates many accounts with the same. */
let last: { catalog: Catalog; settings: EngineSettings; compiled: CompiledCatalog; resolved: ResolvedSettings; setup: Setup } | null = null;

function setupOf(catalog: Catalog, settings: EngineSettings): Setup {
  if (last === null || last.catalog !== catalog || last.settings !== settings) {
    const compiledCatalog = compiled(catalog);
    const resolved = resolveSettings(settings);
    last = { catalog, settings, compiled: compiledCatalog, resolved, setup: setupFor(compiledCatalog, resolved) };
  }
  return last.setup;
}

/**
 * Evaluates every program of `catalog` for one account on `today` (the user's local calendar date).
 * `history` is what was sent, per step and, when known, per recipient; the account's Program Logs are read
 * as well. Throws only for an invalid `today`, which is a caller's bug, not page data.
 */
export function evaluate(
  catalog: Catalog, account: Account, today: IsoDate, history: readonly SentRecord[], settings: EngineSettings,
): Plan {
  // A batch plans every account for the same day: the text is parsed once.
  const day = today === lastToday.text ? lastToday.day : dayFromIso(today);
  lastToday.text = today;
  lastToday.day = day;
  if (day === null) throw new RangeError(`today must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(today)}`);
  const setup = setupOf(catalog, settings);
  if (evaluation === null || evaluation.setup !== setup) evaluation = new Evaluation(setup);
  const run = evaluation;
  run.start(todayContextFor(setup, day), account, history);
  const n = setup.catalog.programs.length;
  try {
    for (let i = 0; i < n; i++) run.entry(i);
  } catch (error) {
    run.clearMarks();
    throw error;
  }
  return {
    accountId: account.id, today, edition: catalog.edition, entries: run.sorted(), warnings: run.warnings(),
  };
}
