/**
 * The values of a program the seeds do not give, in words, with the catalog's current value: the panel
 * shows them in a program's "why" and Options → Programs beside its rule, each labelled the team's choice.
 */
import type { AccountFieldKey } from '../accounts/registry';
import { plural } from './fields';
import type { Program, TeamChoice } from './types';

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'];
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const TEAM = "the team's choice; the seeds do not give it";

function choiceText(program: Program, choice: TeamChoice, labels: Readonly<Record<AccountFieldKey, string>>): string | null {
  const { trigger } = program;
  switch (choice) {
    case 'anchor':
      return trigger.kind === 'anchor'
        ? `Day ${Math.abs(trigger.offsetDays)} is counted from ${labels[trigger.anchor]}: ${TEAM}`
        : null;
    case 'catch-up':
      if (trigger.kind !== 'anchor' && trigger.kind !== 'monthly') return null;
      return trigger.windowDays > 0
        ? `Stays due for ${plural(trigger.windowDays, 'day')} after its day, so a late look still finds it: ${TEAM}`
        : null;
    case 'monthly-day':
      return trigger.kind === 'monthly'
        ? `Goes out on the ${ORDINALS[trigger.nth] ?? `${trigger.nth}th`} ${capital(trigger.weekday)} of the month: ${TEAM}`
        : null;
    case 'cadence':
      return trigger.kind === 'every-months'
        ? `Every ${plural(trigger.months, 'month')} counted from ${labels[trigger.anchor]}, and due for ${plural(trigger.windowDays, 'day')} each time: ${TEAM}`
        : null;
    case 'invite-days':
      return trigger.kind === 'event'
        ? `Invitations go out from ${plural(trigger.inviteDays, 'day')} before the event until its day: ${TEAM}`
        : null;
    case 'step-days': {
      if (program.steps.length < 2) return null;
      const days = program.steps.slice(1).map((step) => step.offsetDays);
      const many = days.length > 1 ? 's' : '';
      return `Later email${many} on day${many} ${days.join(', ')} after the first: ${TEAM}`;
    }
    case 'control-group':
      return `Held back from accounts whose ${labels.controlGroup} says Yes: the team's reading of seed 001, which names no pilots`;
    case 'cta-reason':
      return program.ctaReason ? `Its CTA's Reason is "${program.ctaReason}": ${TEAM}` : null;
    case 'closed-lost-window':
      return trigger.kind === 'closed-lost'
        ? `Sent within ${plural(trigger.windowDays, 'day')} of the lost deal's close date: ${TEAM}`
        : null;
  }
}

/** The program's team choices in words; a choice that does not fit its trigger (an edited catalog) says nothing. */
export function teamChoicesOf(program: Program, labels: Readonly<Record<AccountFieldKey, string>>): string[] {
  return (program.teamChoices ?? []).flatMap((choice) => choiceText(program, choice, labels) ?? []);
}
