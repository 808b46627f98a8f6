/**
 * Cockpit playbooks: a Digital Journey playbook adds one Email Task per email in its series, each due a
 * number of days after the CTA is created. Copy is placeholder text in the spirit of the real programs.
 */

import { CURRENT_CATALOG } from '../../../lib/shared/programs/catalog-current';

export interface PlaybookEmail {
  /** Task name shown in the CTA checklist. */
  name: string;
  /** Days after the CTA's creation the task is due. */
  dueInDays: number;
  subject: string;
  /** One paragraph; the template wraps it in a greeting and a signature. */
  lead: string;
}

export interface Playbook {
  name: string;
  emails: PlaybookEmail[];
}

function series(name: string, topic: string, subjects: string[], spacingDays = 3): Playbook {
  return {
    name,
    emails: subjects.map((subject, i) => ({
      name: `Email ${i + 1}: ${subject}`,
      dueInDays: i * spacingDays,
      subject,
      lead: `This is part ${i + 1} of ${subjects.length} of our ${topic} series: ${subject.toLowerCase()}.`,
    })),
  };
}

/**
 * A tenant's admin builds a playbook for each program it runs; the sandbox tenant has one for every
 * program of the current catalog that the hand-written list below does not already cover, with the
 * program's own email names, so prefill can match tasks to steps as it would on a configured tenant.
 */
function playbooksOfCatalog(known: readonly Playbook[]): Playbook[] {
  const names = new Set(known.map((p) => p.name));
  return CURRENT_CATALOG.programs
    .filter((program) => !names.has(program.playbook))
    .map((program) => ({
      name: program.playbook,
      emails: program.steps.map((step) => ({
        name: step.name,
        dueInDays: step.offsetDays,
        subject: step.subject.replace(/\{\{[^}]*\}\}/g, '').trim(),
        lead: `This is ${step.name.toLowerCase()} of ${program.name}.`,
      })),
    }));
}

const HAND_WRITTEN: readonly Playbook[] = [
  series('New Customer Digital Onboarding - Self-Managed Email Series', 'self-managed onboarding', [
    'Welcome to GitLab',
    'Set up your instance',
    'Invite your team',
    'Your first CI/CD pipeline',
    'Where to get help',
  ]),
  series('New Customer Digital Onboarding - SaaS Email Series', 'GitLab.com onboarding', [
    'Welcome to GitLab',
    'Organize your groups and projects',
    'Invite your team',
    'Your first CI/CD pipeline',
  ]),
  series('Ultimate Upgrade Onboarding', 'Ultimate onboarding', [
    'Welcome to GitLab Ultimate',
    'Turn on security scanning',
    'Compliance and governance',
  ]),
  series('Duo Admin Onboarding', 'GitLab Duo', ['Welcome to GitLab Duo', 'Assign Duo seats', 'Duo best practices'], 2),
  series('Post-Renewal Onboarding', 'post-renewal', [
    'Thank you for renewing',
    "What's new since you started",
    'Plan your next year with GitLab',
  ]),
  series('Security Adoption', 'security adoption', ['Shift security left', 'Read your vulnerability report', 'Security policies'], 7),
  series('CD Adoption', 'continuous delivery', ['Deploy with GitLab', 'Environments and reviews', 'Progressive delivery'], 7),
  series('Agile Adoption', 'agile planning', ['Plan with issues and epics', 'Boards and milestones', 'Value stream analytics'], 7),
  series('CI Enablement', 'CI enablement', ['CI/CD fundamentals', 'Pipeline efficiency', 'CI templates and components', 'Runners at scale'], 7),
  series('DevSecOps Enablement', 'DevSecOps enablement', ['Security in the pipeline', 'Dependency and container scanning', 'Managing vulnerabilities'], 7),
  series('CD Enablement', 'CD enablement', ['Release with confidence', 'Feature flags', 'Deployment approvals'], 7),
  series('Agile Management Enablement', 'agile management', ['Epics and roadmaps', 'Iterations', 'Measuring flow'], 7),
  series('CSM Introduction', 'CSM introduction', ['Meet your Customer Success Manager', 'Your success plan', 'Schedule your kickoff'], 2),
];

/**
 * Older playbooks a tenant keeps around whose names start with a current one's words: picking one of them
 * instead of the exact name (the first option of a search, a "contains" match) is the mistake they catch.
 */
export const DECOY_PLAYBOOKS: readonly Playbook[] = [
  series('Duo Admin Onboarding - Pilot (retired)', 'GitLab Duo pilot', ['Welcome to the Duo pilot']),
  series('Post-Renewal Onboarding Legacy', 'legacy post-renewal', ['Thanks for renewing']),
];

export const PLAYBOOKS: readonly Playbook[] = [...HAND_WRITTEN, ...playbooksOfCatalog(HAND_WRITTEN), ...DECOY_PLAYBOOKS];

/**
 * The Playbook picker's search: names containing every word typed, decoys first (a tenant lists recently
 * used playbooks first, and the retired ones were used most), then the rest by name.
 */
export function searchPlaybooks(query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const decoys = new Set(DECOY_PLAYBOOKS.map((p) => p.name));
  return PLAYBOOKS.map((p) => p.name)
    .filter((name) => words.every((w) => name.toLowerCase().includes(w)))
    .sort((a, b) => Number(decoys.has(b)) - Number(decoys.has(a)) || a.localeCompare(b));
}

export function findPlaybook(name: string): Playbook | undefined {
  return PLAYBOOKS.find((p) => p.name === name);
}

export const CTA_TYPES = ['Digital Journey', 'Risk', 'Expansion', 'Lifecycle', 'Activity'] as const;
export const CTA_REASONS = ['Onboarding', 'Adoption', 'Enablement', 'Renewal', 'Low Usage', 'Churn Risk', 'Other'] as const;
