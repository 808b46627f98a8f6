/**
 * The `event.*` tokens of an invitation to an event held "when held" (labs, webinars): the event's name from
 * the catalog, the next date the user entered for it, and the registration link the user entered. A value
 * that is not there stays absent, so the email waits for it instead of going out with a gap.
 */
import type { IsoDate } from '../accounts/account';
import type { Program } from '../programs/types';
import type { Settings } from '../settings/schema';
import type { TokenValues } from './fill-tokens';
import { longDate } from './values';

export function eventValues(program: Pick<Program, 'trigger'>, programs: Pick<Settings['programs'], 'eventDates' | 'eventLinks'>, today: IsoDate, locale?: string): TokenValues {
  const { trigger } = program;
  if (trigger.kind !== 'event') return {};
  const next = [...(programs.eventDates[trigger.event] ?? [])].sort().find((date) => date >= today);
  return {
    'event.name': trigger.name,
    'event.date': longDate(next, locale),
    'event.url': programs.eventLinks[trigger.event] || undefined,
  };
}
