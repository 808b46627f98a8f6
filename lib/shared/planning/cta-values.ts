/** What "Start playbook" puts in the Create CTA form for a program on an account. */
import type { Account, IsoDate } from '../accounts/account';
import type { Category, Program } from '../programs/types';
import type { CtaFormToFill } from '../messaging/fill-messages';
import { playbookNames } from './match-program';

/** Every program is run as a Digital Journey CTA (docs/domain.md, "Sending in Gainsight"). */
export const CTA_TYPE = 'Digital Journey';

/**
 * For a program whose catalog names no Reason (an imported catalog from before `ctaReason`): reasons in
 * order of preference per category, "Other" last. The built-in catalogs name one per program.
 */
const REASONS: Readonly<Record<Category, readonly string[]>> = {
  introduction: ['Onboarding'],
  onboarding: ['Onboarding'],
  adoption: ['Adoption', 'Enablement'],
  enablement: ['Enablement', 'Adoption'],
  coaching: ['Enablement', 'Adoption'],
  survey: ['Survey', 'Other'],
  newsletter: ['Newsletter', 'Other'],
  webinar: ['Enablement'],
  lab: ['Enablement'],
  'event-follow-up': ['Enablement'],
  retention: ['Churn Risk', 'Renewal'],
};

/** The CTA's name: "<program> – <account>", so the Cockpit list reads at a glance. */
export function ctaName(program: Pick<Program, 'name'>, account: Pick<Account, 'name'>): string {
  return `${program.name} – ${account.name}`;
}

export function ctaFormValues(program: Program, account: Pick<Account, 'id' | 'name'>, today: IsoDate): CtaFormToFill {
  return {
    company: { id: account.id, name: account.name },
    type: CTA_TYPE,
    name: ctaName(program, account),
    // The catalog's Reason, exactly (the team's choice, shown as such): a different one is not guessed.
    reasons: program.ctaReason ? [program.ctaReason] : [...REASONS[program.category], 'Other'],
    dueDate: today,
    playbookNames: playbookNames(program),
  };
}
