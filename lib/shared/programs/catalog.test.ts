import { describe, expect, it } from 'vitest';
import { BUILT_IN_CATALOGS, builtInCatalog } from './catalogs';
import { catalogProblems } from './catalog-checks';
import { KNOWN_TOKENS, tokensIn, unknownTokens } from './tokens';
import { DEFAULT_ENGINE_SETTINGS } from './settings';
import { teamChoicesOf } from './team-choices';
import { DEFAULT_C360_LABELS } from '../accounts/registry';

const EXPECTED_IDS = {
  current: [
    'csm-cse-introduction', 'net-new-onboarding', 'ultimate-upgrade-onboarding', 'duo-admin-onboarding',
    'post-renewal-onboarding', 'ci-product-coach', 'security-product-coach', 'security-adoption', 'cd-adoption',
    'agile-adoption', 'customer-csat-survey', 'customer-newsletter', 'ci-lab-invite', 'security-lab-invite',
    'project-management-lab-invite', 'event-follow-up', 'ci-enablement-campaign', 'cd-enablement-campaign',
    'devsecops-enablement-campaign', 'agile-enablement-campaign',
  ],
  earlier: [
    'onboarding-intro-enrollment', 'onboarding-series-self-managed', 'onboarding-series-saas', 'use-case-ci',
    'use-case-devsecops', 'use-case-cd', 'use-case-agile', 'monthly-newsletter', 'nps-csat-post-onboarding',
    'nps-csat-pre-renewal', 'nps-csat-post-renewal', 'monthly-webinar-invitations', 'post-churn-survey',
    'ci-usage-trigger', 'low-license-utilization', 'intro-to-gitlab-cs-onboarding', 'ae-csm-introduction',
    'csm-enrolled-ci', 'csm-enrolled-cd', 'csm-enrolled-devsecops', 'csm-enrolled-agile',
  ],
} as const;

describe.each(['current', 'earlier'] as const)('the %s catalog', (edition) => {
  const catalog = builtInCatalog(edition);

  it('holds every program of its edition (docs/domain.md), under stable ids', () => {
    expect(catalog.edition).toBe(edition);
    expect(catalog.programs.map((p) => p.id)).toEqual(EXPECTED_IDS[edition]);
  });

  it('follows the catalog rules (unique ids, known tokens, sequences from day 0)', () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it.each(catalog.programs.map((p) => [p.id, p] as const))('%s has a playbook and usable email copy', (_, program) => {
    expect(program.playbook.length).toBeGreaterThan(0);
    for (const step of program.steps) {
      expect(step.subject.length).toBeGreaterThan(10);
      expect(unknownTokens(step.subject + step.body)).toEqual([]);
      // Only simple HTML, and links only to docs.gitlab.com or to a token the sender fills.
      const tags = [...step.body.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
      expect(tags.every((tag) => ['p', 'a', 'ul', 'li', 'br'].includes(tag!))).toBe(true);
      for (const [, href] of step.body.matchAll(/href="([^"]*)"/g)) {
        expect(href).toMatch(/^(https:\/\/docs\.gitlab\.com\/[\w\-/]*|\{\{(event\.url|event\.recordingUrl|survey\.url)\}\})$/);
      }
      expect(step.body).toContain('{{contact.firstName}}');
      expect(step.body).toContain('{{sender.name}}');
    }
  });
});

describe('the catalogs', () => {
  it('default to the current edition', () => {
    expect(DEFAULT_ENGINE_SETTINGS.edition).toBe('current');
    expect(builtInCatalog()).toBe(BUILT_IN_CATALOGS.current);
  });

  it('keep control groups out of digital onboarding and enablement content only, each labelled the team’s choice', () => {
    const pilots = Object.values(BUILT_IN_CATALOGS).flatMap((c) => c.programs.filter((p) => p.pilot));
    expect(pilots.map((p) => p.id)).toEqual([
      'security-adoption', 'cd-adoption', 'agile-adoption', 'onboarding-intro-enrollment', 'onboarding-series-self-managed',
      'onboarding-series-saas', 'use-case-ci', 'use-case-devsecops', 'use-case-cd', 'use-case-agile', 'ci-usage-trigger',
    ]);
    for (const program of pilots) {
      expect(program.segments.every((s) => s === 'Tech Touch' || s === 'Scale')).toBe(true);
      expect(program.teamChoices).toContain('control-group');
    }
  });

  it('say in words which of their values are the team’s choice, with the value in use', () => {
    const netNew = builtInCatalog().programs.find((p) => p.id === 'net-new-onboarding')!;
    expect(teamChoicesOf(netNew, DEFAULT_C360_LABELS)).toEqual([
      "Stays due for 7 days after its day, so a late look still finds it: the team's choice; the seeds do not give it",
      "Later emails on days 7, 14 after the first: the team's choice; the seeds do not give it",
      'Its CTA\'s Reason is "Onboarding": the team\'s choice; the seeds do not give it',
    ]);
    const csat = builtInCatalog().programs.find((p) => p.id === 'customer-csat-survey')!;
    expect(teamChoicesOf(csat, { ...DEFAULT_C360_LABELS, customerSince: 'Original Contract Date' })).toEqual([
      "Every 6 months counted from Original Contract Date, and due for 14 days each time: the team's choice; the seeds do not give it",
      'Its CTA\'s Reason is "Other": the team\'s choice; the seeds do not give it',
    ]);
  });

  it('are frozen, so a stray edit fails loudly instead of going stale in the compiled cache', () => {
    expect(Object.isFrozen(builtInCatalog().programs[0]!.steps[0])).toBe(true);
    expect(Object.isFrozen(builtInCatalog('earlier').programs[3]!.segments)).toBe(true);
  });

  it('name the example playbook from the seeds', () => {
    expect(builtInCatalog('earlier').programs.map((p) => p.playbook)).toContain('New Customer Digital Onboarding - Self-Managed Email Series');
  });

  it('use the tokens they declare, and every declared token is well formed', () => {
    expect(tokensIn('Hi {{ contact.firstName }}, {{account.name}} and {{contact.firstName}}')).toEqual(['contact.firstName', 'account.name']);
    expect(unknownTokens('{{account.nmae}} {{sender.email}}')).toEqual(['account.nmae']);
    for (const token of KNOWN_TOKENS) expect(token).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
