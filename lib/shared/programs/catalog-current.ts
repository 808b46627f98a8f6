/** The current programs (seed 004): core email programs, webinars and labs. The default edition. */
import { withCtaReasons } from './cta-reasons';
import { ENABLEMENT_CAMPAIGNS, enrolledCampaign } from './catalog-enablement';
import {
  ADMIN_OR_SOLD_TO, ADMINS_ONLY, ALL_SEGMENTS, CATCH_UP_DAYS, DIGITAL_SEGMENTS, ENABLEMENT_AUDIENCE, INVITE_DAYS,
  NEWSLETTER_AUDIENCE, email, enrolledIn,
} from './catalog-shared';
import { CURRENT, EXPERIMENT_RULES, RECIPIENT_RULES } from './seed-quotes';
import type { Catalog, Program, SeedQuote, Step } from './types';

interface Adoption {
  id: string;
  name: string;
  day: number;
  source: SeedQuote;
  steps: Step[];
}

/**
 * The adoption programs differ only in name, day and copy. "CSE / Digital SMB" are the Scale and Tech
 * Touch segments. The seed says only "Day 30": counting it from Customer Since is the team's choice, as
 * is keeping digital accounts flagged Control Group out of this enablement content (seed 001).
 */
const adoption = ({ id, name, day, source, steps }: Adoption): Program => ({
  id,
  name,
  category: 'adoption',
  segments: DIGITAL_SEGMENTS,
  trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: day, windowDays: CATCH_UP_DAYS },
  conditions: [],
  exclusions: [],
  recipients: ENABLEMENT_AUDIENCE,
  sender: 'customer-enablement',
  pilot: true,
  playbook: name,
  steps,
  source: [source, RECIPIENT_RULES.admin, RECIPIENT_RULES.saas, EXPERIMENT_RULES.controlGroup],
  teamChoices: ['anchor', 'catch-up', 'step-days', 'control-group'],
});

interface Coach {
  id: string;
  name: string;
  source: SeedQuote;
  steps: Step[];
}

/**
 * The Product Coaches are "Monthly / Ad Hoc, CSE only" and nothing more: no condition and no cadence.
 * So they are ad hoc: due for the contacts a CSM enrolls under the coach's name (Enablement Enrollment),
 * tracked per contact. A tenant that starts them on a condition imports a catalog that adds it.
 */
const productCoach = ({ id, name, source, steps }: Coach): Program => ({
  id,
  name,
  category: 'coaching',
  segments: ['Scale'],
  trigger: { kind: 'when-eligible' },
  conditions: [{ kind: 'enrolled', campaign: name }],
  exclusions: [],
  recipients: enrolledIn(name),
  sender: 'csm',
  pilot: false,
  playbook: name,
  steps,
  source: [source, CURRENT.enrollment],
  teamChoices: ['step-days'],
});

// Each program's CTA Reason is the team's choice by category (cta-reasons.ts).
export const CURRENT_CATALOG: Catalog = withCtaReasons({
  schemaVersion: 1,
  edition: 'current',
  name: 'Current customer programs',
  programs: [
    {
      id: 'csm-cse-introduction',
      name: 'CSM/CSE Introduction',
      category: 'introduction',
      segments: ['CSM-Assigned', 'Scale'],
      // "New subscription" is a new customer: Customer Since tells it apart from a renewal's new term.
      trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: 0, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'csm',
      pilot: false,
      playbook: 'CSM/CSE Introduction',
      source: [CURRENT.introduction, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['catch-up'],
      steps: [
        email('introduction', 'Email 1: Introduction', 0, {
          subject: 'Meet your GitLab Customer Success contact, {{account.name}}',
          paragraphs: [
            'Welcome to GitLab! I am {{sender.name}}, your {{sender.title}}, and I will be your point of contact as {{account.name}} gets started.',
            'I help teams plan their rollout, adopt the features they bought and get answers fast. Reply to this email to set up a short kickoff call.',
          ],
          links: [['administration/get_started/', 'Get started with GitLab administration']],
        }),
      ],
    },
    {
      id: 'net-new-onboarding',
      name: 'Net-New Onboarding',
      category: 'onboarding',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: 2, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Net-New Onboarding Email Series',
      source: [CURRENT.netNew, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['catch-up', 'step-days'],
      steps: [
        email('welcome', 'Email 1: Welcome to GitLab', 0, {
          subject: 'Welcome to GitLab, {{account.name}}: your first steps',
          paragraphs: [
            'Thank you for choosing GitLab. This short series walks you through the first things administrators set up.',
            'Start by inviting your team and choosing how people sign in.',
          ],
          links: [
            ['administration/get_started/', 'Get started with GitLab administration'],
            ['user/project/members/', 'Add members to your projects'],
          ],
        }),
        email('organize', 'Email 2: Organize your work', 7, {
          subject: 'Organize your work with groups and projects',
          paragraphs: [
            'Groups hold projects and people, and permissions flow down from them. A clear group structure now saves rework later.',
          ],
          links: [
            ['user/group/', 'Groups'],
            ['user/permissions/', 'Roles and permissions'],
          ],
        }),
        email('first-pipeline', 'Email 3: Your first pipeline', 14, {
          subject: 'Run your first CI/CD pipeline',
          paragraphs: [
            'A pipeline builds and tests every change automatically. Most teams have their first one running in under an hour.',
          ],
          links: [['ci/quick_start/', 'Tutorial: Create and run your first pipeline']],
        }),
      ],
    },
    {
      id: 'ultimate-upgrade-onboarding',
      name: 'Ultimate Upgrade Onboarding',
      category: 'onboarding',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'anchor', anchor: 'ultimateSince', offsetDays: 2, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Ultimate Upgrade Onboarding Email Series',
      source: [CURRENT.ultimate, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['catch-up', 'step-days'],
      steps: [
        email('welcome-ultimate', 'Email 1: Welcome to Ultimate', 0, {
          subject: '{{account.name}} is on GitLab Ultimate: where to start',
          paragraphs: [
            'Ultimate adds security scanning, compliance controls and portfolio planning to everything you already use.',
            'The quickest win is turning on the security scanners for one important project.',
          ],
          links: [
            ['user/application_security/', 'Application security overview'],
            ['user/application_security/sast/', 'Static application security testing (SAST)'],
          ],
        }),
        email('compliance', 'Email 2: Compliance and planning', 7, {
          subject: 'Compliance and planning features in GitLab Ultimate',
          paragraphs: ['Once scanners run, use policies and compliance frameworks to make the checks consistent across projects.'],
          links: [
            ['user/application_security/policies/', 'Security policies'],
            ['user/compliance/', 'Compliance'],
          ],
        }),
      ],
    },
    {
      id: 'duo-admin-onboarding',
      name: 'Duo Admin Onboarding',
      category: 'onboarding',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'anchor', anchor: 'duoPurchaseDate', offsetDays: 0, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Duo Admin Onboarding',
      source: [CURRENT.duo, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['catch-up', 'step-days'],
      steps: [
        email('assign-seats', 'Email 1: Assign GitLab Duo seats', 0, {
          subject: 'Get GitLab Duo running for {{account.name}}',
          paragraphs: [
            'Your GitLab Duo purchase is active. Users get Duo features once an administrator assigns them a seat.',
          ],
          links: [
            ['subscriptions/subscription-add-ons/', 'Assign GitLab Duo seats'],
            ['user/gitlab_duo/', 'GitLab Duo features'],
          ],
        }),
        email('roll-out', 'Email 2: Roll out to your team', 5, {
          subject: 'Three ways your developers can use GitLab Duo this week',
          paragraphs: ['Teams adopt Duo fastest when they start with chat, code suggestions and merge request summaries.'],
          links: [
            ['user/gitlab_duo_chat/', 'GitLab Duo Chat'],
            ['user/project/repository/code_suggestions/', 'Code Suggestions'],
          ],
        }),
      ],
    },
    {
      id: 'post-renewal-onboarding',
      name: 'Post-renewal onboarding',
      category: 'onboarding',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'anchor', anchor: 'lastRenewalDate', offsetDays: 3, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Post-Renewal Onboarding',
      source: [CURRENT.postRenewal, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['catch-up'],
      steps: [
        email('renewed', 'Email 1: Thank you for renewing', 0, {
          subject: 'Thank you for renewing, {{account.name}}: what is new in GitLab',
          paragraphs: [
            'Thank you for another year with GitLab. A lot has shipped since you last set things up; here is where to catch up.',
          ],
          links: [
            ['update/', 'Upgrade GitLab'],
            ['subscriptions/', 'Manage your subscription'],
          ],
        }),
      ],
    },
    productCoach({
      id: 'ci-product-coach', name: 'CI Product Coach', source: CURRENT.ciCoach,
      steps: [
        email('pipelines', 'Coach 1: Pipelines that pay off', 0, {
          subject: 'CI Product Coach, week 1: pipelines that pay off',
          paragraphs: ['Over the next four weeks I will share one practical CI improvement a week. This week: make every merge request run a pipeline.'],
          links: [['ci/pipelines/merge_request_pipelines/', 'Merge request pipelines']],
        }),
        email('faster', 'Coach 2: Faster pipelines', 7, {
          subject: 'CI Product Coach, week 2: faster pipelines',
          paragraphs: ['Caching and parallel jobs are the two changes that cut pipeline time the most.'],
          links: [['ci/caching/', 'Caching in GitLab CI/CD'], ['ci/jobs/job_control/', 'Control how jobs run']],
        }),
        email('reuse', 'Coach 3: Reuse configuration', 14, {
          subject: 'CI Product Coach, week 3: reuse your configuration',
          paragraphs: ['CI/CD components and includes let teams share one tested configuration instead of copying it.'],
          links: [['ci/components/', 'CI/CD components']],
        }),
        email('runners', 'Coach 4: Runners', 21, {
          subject: 'CI Product Coach, week 4: the right runners',
          paragraphs: ['Last tip: match runners to workloads so jobs do not queue. Reply if you would like a review of your setup.'],
          links: [['ci/runners/', 'Runners']],
        }),
      ],
    }),
    productCoach({
      id: 'security-product-coach', name: 'Security Product Coach', source: CURRENT.securityCoach,
      steps: [
        email('scanners', 'Coach 1: Turn on scanners', 0, {
          subject: 'Security Product Coach, week 1: turn on the scanners',
          paragraphs: ['Over four weeks I will help {{account.name}} get more from GitLab security. Start with SAST and secret detection on one project.'],
          links: [['user/application_security/sast/', 'SAST'], ['user/application_security/secret_detection/', 'Secret detection']],
        }),
        email('dependencies', 'Coach 2: Dependencies', 7, {
          subject: 'Security Product Coach, week 2: know your dependencies',
          paragraphs: ['Most vulnerabilities arrive through dependencies. Dependency scanning lists them in every merge request.'],
          links: [['user/application_security/dependency_scanning/', 'Dependency scanning']],
        }),
        email('triage', 'Coach 3: Triage', 14, {
          subject: 'Security Product Coach, week 3: triage findings',
          paragraphs: ['The vulnerability report shows what to fix first. Agree on who triages and how often.'],
          links: [['user/application_security/vulnerability_report/', 'Vulnerability report']],
        }),
        email('policies', 'Coach 4: Policies', 21, {
          subject: 'Security Product Coach, week 4: enforce with policies',
          paragraphs: ['Finally, make scanning the default everywhere with security policies. Reply if you want a review.'],
          links: [['user/application_security/policies/', 'Security policies']],
        }),
      ],
    }),
    adoption({
      id: 'security-adoption', name: 'Security Adoption', day: 30, source: CURRENT.securityAdoption,
      steps: [
        email('shift-left', 'Email 1: Shift security left', 0, {
          subject: 'Find vulnerabilities before they ship',
          paragraphs: ['GitLab can scan every change for vulnerabilities and leaked secrets, right in the merge request.'],
          links: [['user/application_security/', 'Application security'], ['user/application_security/secret_detection/', 'Secret detection']],
        }),
        email('fix', 'Email 2: Fix what matters', 7, {
          subject: 'Fix the vulnerabilities that matter first',
          paragraphs: ['Use the vulnerability report to prioritize findings and track fixes across projects.'],
          links: [['user/application_security/vulnerability_report/', 'Vulnerability report']],
        }),
      ],
    }),
    adoption({
      id: 'cd-adoption', name: 'CD Adoption', day: 50, source: CURRENT.cdAdoption,
      steps: [
        email('environments', 'Email 1: Deploy with environments', 0, {
          subject: 'Deploy with confidence using GitLab environments',
          paragraphs: ['Environments show what is deployed where, and let you roll back in one click.'],
          links: [['ci/environments/', 'Environments and deployments']],
        }),
        email('releases', 'Email 2: Safer releases', 7, {
          subject: 'Safer releases with protected environments and feature flags',
          paragraphs: ['Protect production with approvals, and ship dark with feature flags.'],
          links: [['ci/environments/protected_environments/', 'Protected environments'], ['operations/feature_flags/', 'Feature flags']],
        }),
      ],
    }),
    adoption({
      id: 'agile-adoption', name: 'Agile Adoption', day: 60, source: CURRENT.agileAdoption,
      steps: [
        email('plan', 'Email 1: Plan in GitLab', 0, {
          subject: 'Plan your work where your code lives',
          paragraphs: ['Issues, boards and milestones keep planning next to the code, so status updates itself.'],
          links: [['user/project/issues/', 'Issues'], ['user/project/issue_board/', 'Issue boards']],
        }),
        email('track', 'Email 2: Track progress', 7, {
          subject: 'Track progress with epics and milestones',
          paragraphs: ['Group related issues into epics and see progress across teams at a glance.'],
          links: [['user/group/epics/', 'Epics'], ['user/project/milestones/', 'Milestones']],
        }),
      ],
    }),
    {
      id: 'customer-csat-survey',
      name: 'Customer CSAT Survey',
      category: 'survey',
      segments: ALL_SEGMENTS,
      // "Biannually": counting the halves from Customer Since, and the fortnight each stays due, are the team's choice.
      trigger: { kind: 'every-months', anchor: 'customerSince', months: 6, windowDays: 14 },
      conditions: [],
      exclusions: [],
      recipients: ADMINS_ONLY,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Customer CSAT Survey',
      source: [CURRENT.csat, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo],
      teamChoices: ['cadence'],
      steps: [
        email('survey', 'Email 1: CSAT survey', 0, {
          subject: 'How are we doing, {{account.name}}? Two minutes of feedback',
          paragraphs: [
            'Your feedback shapes how we support you. Please tell us how satisfied you are with GitLab: <a href="{{survey.url}}">take the two-minute survey</a>.',
          ],
        }),
      ],
    },
    {
      id: 'customer-newsletter',
      name: 'Customer Newsletter',
      category: 'newsletter',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'monthly', nth: 4, weekday: 'friday', windowDays: 0 },
      conditions: [],
      exclusions: [],
      recipients: NEWSLETTER_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Customer Newsletter',
      source: [CURRENT.newsletter, RECIPIENT_RULES.admin, RECIPIENT_RULES.soldTo, RECIPIENT_RULES.footnote],
      steps: [
        email('newsletter', 'Monthly newsletter', 0, {
          subject: 'GitLab customer newsletter: this month for {{account.name}}',
          paragraphs: ['Here is what shipped this month, upcoming hands-on labs, and a tip from our Customer Success team.'],
          links: [['releases/', 'Release notes'], ['user/gitlab_duo/', 'What is new in GitLab Duo']],
        }),
      ],
    },
    {
      id: 'ci-lab-invite',
      name: 'CI Lab Invite',
      category: 'lab',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'event', event: 'ci-lab', name: 'CI Hands-On Lab', inviteDays: INVITE_DAYS },
      conditions: [{ kind: 'one-of', field: 'ciScore', values: ['Yellow', 'Red'] }],
      exclusions: [{ kind: 'while-active', programId: 'ci-product-coach' }],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Webinars & Labs - CI Lab Invite',
      aliases: ['CI Lab Invite to Low-CI Customers'],
      source: [CURRENT.ciLab, CURRENT.ciLabAudience, RECIPIENT_RULES.saas],
      teamChoices: ['invite-days'],
      steps: [
        email('invite', 'Invite: CI Hands-On Lab', 0, {
          subject: 'Join a free CI Hands-On Lab: {{event.date}}',
          paragraphs: [
            'Our Customer Success Engineers host a two-hour CI and Advanced CI Hands-On Lab in a provisioned environment, so you can practise without touching production.',
            '<a href="{{event.url}}">Register for {{event.name}}</a>.',
          ],
          links: [['ci/quick_start/', 'Warm up with the CI/CD quick start']],
        }),
      ],
    },
    {
      id: 'security-lab-invite',
      name: 'Security Lab Invite',
      category: 'lab',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'event', event: 'security-lab', name: 'Security & Compliance Hands-On Lab', inviteDays: INVITE_DAYS },
      conditions: [{ kind: 'one-of', field: 'plan', values: ['Ultimate'] }],
      exclusions: [{ kind: 'while-active', programId: 'security-product-coach' }],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Webinars & Labs - Security Lab Invite',
      aliases: ['Security Lab Invite to Ultimate'],
      source: [CURRENT.securityLab, CURRENT.securityLabAudience, RECIPIENT_RULES.saas],
      teamChoices: ['invite-days'],
      steps: [
        email('invite', 'Invite: Security & Compliance Hands-On Lab', 0, {
          subject: 'Join a free Security & Compliance Hands-On Lab: {{event.date}}',
          paragraphs: [
            'As an Ultimate customer, {{account.name}} is invited to a two-hour Security & Compliance Hands-On Lab led by our Customer Success Engineers.',
            '<a href="{{event.url}}">Register for {{event.name}}</a>.',
          ],
          links: [['user/application_security/', 'Application security overview']],
        }),
      ],
    },
    {
      id: 'project-management-lab-invite',
      name: 'Project Management Lab Invite',
      category: 'lab',
      segments: ALL_SEGMENTS,
      // "When … hosted in a month": only the user knows when, so the date is entered in the options.
      trigger: { kind: 'event', event: 'project-management-lab', name: 'Getting Started with Project Management Hands-On Lab', inviteDays: INVITE_DAYS },
      // Two audiences: either one qualifies.
      conditions: [{
        kind: 'any-of',
        conditions: [
          { kind: 'compare', field: 'issuesEpicsCreated', op: '<', value: 3 },
          { kind: 'age', field: 'customerSince', underYears: 2 },
        ],
      }],
      exclusions: [],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Webinars & Labs - Project Management Lab Invite',
      aliases: ['Project Management/Intro to GitLab Invite'],
      source: [CURRENT.pmLab, RECIPIENT_RULES.saas],
      teamChoices: ['invite-days'],
      steps: [
        email('invite', 'Invite: Getting Started with Project Management Lab', 0, {
          subject: 'Getting started with project management in GitLab: hands-on lab {{event.date}}',
          paragraphs: [
            'Learn to plan work with issues, epics and boards in a two-hour hands-on session with our Customer Success Engineers.',
            '<a href="{{event.url}}">Register for {{event.name}}</a>.',
          ],
          links: [['user/project/issues/', 'Issues'], ['user/project/issue_board/', 'Issue boards']],
        }),
      ],
    },
    {
      id: 'event-follow-up',
      name: 'Event Follow-Up',
      category: 'event-follow-up',
      segments: ALL_SEGMENTS,
      trigger: { kind: 'event-registration', withinHours: 24 },
      conditions: [],
      exclusions: [],
      recipients: { admins: false, soldTo: 'never', saasOwnersMaintainers: false },
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Webinars & Labs - Event Follow-Up',
      source: [CURRENT.followUp],
      steps: [
        email('follow-up', 'Follow-up: recording and slides', 0, {
          subject: 'Thanks for joining {{event.name}}: recording and slides',
          paragraphs: [
            'Thank you for registering for {{event.name}}. The <a href="{{event.recordingUrl}}">recording and slide deck</a> are ready.',
            'To keep going, these pages cover the topic in depth.',
          ],
          links: [['tutorials/', 'GitLab tutorials']],
        }),
      ],
    },
    ...ENABLEMENT_CAMPAIGNS.map((campaign) => enrolledCampaign(campaign, {
      id: `${campaign.key}-enablement-campaign`,
      name: `${campaign.topic} Enablement Campaign`,
      segments: ALL_SEGMENTS,
      playbook: `${campaign.topic} Enablement Campaign`,
      aliases: [`CSM Enrolled ${campaign.topic} Enablement Campaigns`, `${campaign.topic} Enablement`],
      source: [CURRENT.enrollment],
    })),
  ],
});
