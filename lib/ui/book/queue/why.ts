/**
 * "Why now" for a row of the queue, in a few words from the catalog data: the trigger for a program's
 * first email, the day of the sequence for the later ones. The panel's "why" has the whole rule.
 */
import type { Program } from '../../../shared/programs/types';

const ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'];

/** customerSince → "Customer Since": the default label's words, not the tenant's (a row has no room for both). */
const words = (field: string) => field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

function trigger(program: Program): string {
  const t = program.trigger;
  switch (t.kind) {
    case 'anchor':
      return t.offsetDays < 0 ? `${-t.offsetDays} days before ${words(t.anchor)}` : `day ${t.offsetDays} from ${words(t.anchor)}`;
    case 'monthly':
      return `the ${ORDINALS[t.nth] ?? `${t.nth}th`} ${t.weekday[0]!.toUpperCase()}${t.weekday.slice(1)} of the month`;
    case 'every-months':
      return `every ${t.months} months from ${words(t.anchor)}`;
    case 'when-eligible':
      return 'its conditions hold';
    case 'closed-lost':
      return 'a Closed Lost renewal';
    case 'event-registration':
      return 'after an event';
    case 'event':
      return `the next ${t.name}`;
  }
}

export function whyNow(program: Program, stepIndex: number): string {
  const first = program.steps[0];
  const step = program.steps[stepIndex];
  if (!step || stepIndex === 0 || !first) return `Due: ${trigger(program)}`;
  return `Due: day ${step.offsetDays - first.offsetDays} of the sequence`;
}
