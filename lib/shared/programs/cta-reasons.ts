/**
 * Which Reason each built-in program's CTA takes in Cockpit. Reason is required on many tenants, and the
 * seeds name no reasons: these are the team's choice, by category, written into the built-in catalogs as
 * each program's `ctaReason` (and listed in its team choices), so an exported catalog carries them and
 * an imported one can change them. Values are as the sandbox tenant spells them; a tenant that calls
 * them otherwise edits the catalog.
 */
import type { Catalog, Category, Program } from './types';

export const CTA_REASON_BY_CATEGORY: Readonly<Record<Category, string>> = {
  introduction: 'Onboarding',
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  enablement: 'Enablement',
  coaching: 'Enablement',
  survey: 'Other',
  newsletter: 'Other',
  webinar: 'Enablement',
  lab: 'Enablement',
  'event-follow-up': 'Enablement',
  retention: 'Churn Risk',
};

function withReason(program: Program): Program {
  if (program.ctaReason) return program;
  const teamChoices = [...(program.teamChoices ?? []), 'cta-reason' as const];
  return { ...program, ctaReason: CTA_REASON_BY_CATEGORY[program.category], teamChoices };
}

export function withCtaReasons(catalog: Catalog): Catalog {
  return { ...catalog, programs: catalog.programs.map(withReason) };
}
