/**
 * The earlier programs (seed 001): digital programs for Tech Touch and Scale, and the CSM-assigned programs.
 * Where the seed says "~N days", the program may start within a week of day N (the team's choice); exact
 * days have no window.
 */
import { withCtaReasons } from './cta-reasons';
import { ENABLEMENT_CAMPAIGNS, enrolledCampaign } from './catalog-enablement';
import {
  ADMIN_OR_SOLD_TO, ADMINS_ONLY, ALL_SEGMENTS, CATCH_UP_DAYS, DIGITAL_SEGMENTS, ENABLEMENT_AUDIENCE, INVITE_DAYS,
  NEWSLETTER_AUDIENCE, email,
} from './catalog-shared';
import { EARLIER, EXPERIMENT_RULES, RECIPIENT_RULES } from './seed-quotes';
import type { Catalog, Program, SeedQuote, Step } from './types';

/** Digital programs go to the admins, the Sold-To contact when there is none. */
const DIGITAL_RECIPIENTS = [RECIPIENT_RULES.digital, RECIPIENT_RULES.soldTo];
/** Digital onboarding and enablement content keeps out accounts flagged Control Group (the team's reading of seed 001). */
const CONTROL_GROUP = EXPERIMENT_RULES.controlGroup;

interface UseCase {
  id: string;
  name: string;
  day: number;
  source: SeedQuote;
  steps: Step[];
}

/** The four time-based use-case campaigns differ only in name, day and copy. */
const useCase = ({ id, name, day, source, steps }: UseCase): Program => ({
  id,
  name: `Customer Use Case: ${name}`,
  category: 'enablement',
  segments: DIGITAL_SEGMENTS,
  trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: day, windowDays: CATCH_UP_DAYS },
  conditions: [],
  exclusions: [],
  recipients: ENABLEMENT_AUDIENCE,
  sender: 'customer-enablement',
  pilot: true,
  playbook: `Customer Use Case - ${name} Email Series`,
  steps,
  source: [source, ...DIGITAL_RECIPIENTS, RECIPIENT_RULES.saas, CONTROL_GROUP],
  teamChoices: ['catch-up', 'step-days', 'control-group'],
});

const onboardingSeries = (deployment: 'Self-Managed' | 'SaaS'): Program => ({
  id: `onboarding-series-${deployment.toLowerCase()}`,
  name: `Onboarding series (${deployment})`,
  category: 'onboarding',
  segments: DIGITAL_SEGMENTS,
  // "Customer ~3-15 days": the series may start on any day of that window.
  trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: 3, windowDays: 12 },
  conditions: [
    // Dedicated is run by GitLab, so its admins follow the SaaS series.
    deployment === 'SaaS'
      ? { kind: 'one-of', field: 'deployment', values: ['SaaS', 'Dedicated'] }
      : { kind: 'one-of', field: 'deployment', values: ['Self-Managed'] },
  ],
  exclusions: [],
  recipients: ADMIN_OR_SOLD_TO,
  sender: 'customer-enablement',
  pilot: true,
  playbook: `New Customer Digital Onboarding - ${deployment} Email Series`,
  aliases: ['Onboarding series'],
  source: [EARLIER.series, ...DIGITAL_RECIPIENTS, CONTROL_GROUP],
  teamChoices: ['step-days', 'control-group'],
  steps: [
    email('users', 'Email 1: Users and sign-in', 0, {
      subject: 'Onboarding 1 of 5: add your users',
      paragraphs: [deployment === 'SaaS'
        ? 'Invite your team to your top-level group and set up how they sign in.'
        : 'Configure sign-in for your instance and add your users.'],
      links: deployment === 'SaaS'
        ? [['user/group/', 'Groups'], ['user/group/saml_sso/', 'SAML SSO for GitLab.com groups']]
        : [['administration/get_started/', 'Get started with administration'], ['administration/auth/', 'User authentication']],
    }),
    email('structure', 'Email 2: Groups and projects', 3, {
      subject: 'Onboarding 2 of 5: structure groups and projects',
      paragraphs: ['Mirror your organization in groups so permissions and settings are inherited.'],
      links: [['user/group/', 'Groups'], ['user/permissions/', 'Roles and permissions']],
    }),
    email('code', 'Email 3: Bring your code', 6, {
      subject: 'Onboarding 3 of 5: bring your code',
      paragraphs: ['Import repositories from where they live today; history, branches and merge requests come along.'],
      links: [['user/project/import/', 'Import projects']],
    }),
    email('pipeline', 'Email 4: First pipeline', 9, {
      subject: 'Onboarding 4 of 5: run your first pipeline',
      paragraphs: ['Add a .gitlab-ci.yml file and GitLab builds and tests every change.'],
      links: [['ci/quick_start/', 'CI/CD quick start']],
    }),
    email('next', 'Email 5: What comes next', 12, {
      subject: 'Onboarding 5 of 5: keep your instance healthy',
      paragraphs: [deployment === 'SaaS'
        ? 'Review group settings and usage quotas once a month.'
        : 'Plan regular upgrades and backups so your instance stays secure.'],
      links: deployment === 'SaaS'
        ? [['user/storage_usage_quotas/', 'Storage usage quotas']]
        : [['update/', 'Upgrade GitLab'], ['administration/backup_restore/', 'Back up and restore']],
    }),
  ],
});

const npsCsat = (
  id: string, name: string, playbook: string, trigger: Program['trigger'], intro: string, source: SeedQuote[],
  teamChoices: Program['teamChoices'] = [],
): Program => ({
  id, name, category: 'survey', segments: ALL_SEGMENTS, trigger,
  conditions: [], exclusions: [], recipients: ADMINS_ONLY, sender: 'customer-enablement', pilot: false, playbook,
  source: [...source, RECIPIENT_RULES.soldTo, RECIPIENT_RULES.footnote],
  ...(teamChoices.length ? { teamChoices } : {}),
  steps: [
    email('survey', 'Email 1: Survey', 0, {
      subject: 'A quick question about GitLab, {{account.name}}',
      paragraphs: [`${intro} How likely are you to recommend GitLab to a colleague? <a href="{{survey.url}}">Answer in one click</a>.`],
    }),
  ],
});

const ENROLLED_SOURCES = {
  ci: EARLIER.enrolledCi, cd: EARLIER.enrolledCd, devsecops: EARLIER.enrolledDevSecOps, agile: EARLIER.enrolledAgile,
} as const;

// Each program's CTA Reason is the team's choice by category (cta-reasons.ts).
export const EARLIER_CATALOG: Catalog = withCtaReasons({
  schemaVersion: 1,
  edition: 'earlier',
  name: 'Earlier digital and CSM-assigned programs',
  programs: [
    {
      id: 'onboarding-intro-enrollment',
      name: 'Onboarding intro and enrollment',
      category: 'onboarding',
      segments: DIGITAL_SEGMENTS,
      trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: 0, windowDays: 3 },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: true,
      playbook: 'New Customer Digital Onboarding - Intro and Enrollment',
      source: [EARLIER.intro, ...DIGITAL_RECIPIENTS, CONTROL_GROUP],
      teamChoices: ['control-group'],
      steps: [
        email('intro', 'Email 1: Welcome and enrollment', 0, {
          subject: 'Welcome to GitLab, {{account.name}}: your onboarding starts here',
          paragraphs: [
            'Welcome to GitLab! Over the next two weeks we will send a short series of onboarding emails, one step at a time.',
            'You can also follow the Onboarding Quick Guide at your own pace.',
          ],
          links: [['administration/get_started/', 'Get started with GitLab']],
        }),
      ],
    },
    onboardingSeries('Self-Managed'),
    onboardingSeries('SaaS'),
    useCase({
      id: 'use-case-ci', name: 'CI', day: 45, source: EARLIER.useCaseCi,
      steps: [
        email('why-ci', 'Email 1: Why CI', 0, {
          subject: 'Catch problems before they merge with GitLab CI',
          paragraphs: ['Continuous integration tests every change automatically, so reviews focus on design rather than breakage.'],
          links: [['ci/quick_start/', 'CI/CD quick start']],
        }),
        email('better-ci', 'Email 2: Better pipelines', 7, {
          subject: 'Make your pipelines faster and easier to maintain',
          paragraphs: ['Caching, rules and reusable components keep pipelines quick as you grow.'],
          links: [['ci/caching/', 'Caching'], ['ci/components/', 'CI/CD components']],
        }),
      ],
    }),
    useCase({
      id: 'use-case-devsecops', name: 'DevSecOps', day: 70, source: EARLIER.useCaseDevSecOps,
      steps: [
        email('devsecops', 'Email 1: Security in every merge request', 0, {
          subject: 'Security in every merge request',
          paragraphs: ['GitLab scans code, dependencies and containers as part of the pipeline and shows results where developers work.'],
          links: [['user/application_security/', 'Application security'], ['user/application_security/dependency_scanning/', 'Dependency scanning']],
        }),
      ],
    }),
    useCase({
      id: 'use-case-cd', name: 'CD', day: 100, source: EARLIER.useCaseCd,
      steps: [
        email('cd', 'Email 1: Continuous delivery', 0, {
          subject: 'From merge to production with GitLab CD',
          paragraphs: ['Environments, deployment approvals and rollbacks make releases routine.'],
          links: [['ci/environments/', 'Environments'], ['ci/environments/deployment_approvals/', 'Deployment approvals']],
        }),
      ],
    }),
    useCase({
      id: 'use-case-agile', name: 'Agile Management', day: 130, source: EARLIER.useCaseAgile,
      steps: [
        email('agile', 'Email 1: Agile planning', 0, {
          subject: 'Run your sprints in GitLab',
          paragraphs: ['Iterations, boards and burndown charts bring agile planning next to your code.'],
          links: [['user/group/iterations/', 'Iterations'], ['user/project/issue_board/', 'Issue boards']],
        }),
      ],
    }),
    {
      id: 'monthly-newsletter',
      name: 'Monthly Newsletters',
      category: 'newsletter',
      segments: ALL_SEGMENTS,
      // Seed 001 says only "monthly on Fridays"; the 4th Friday (the current program's rule) is the team's choice.
      trigger: { kind: 'monthly', nth: 4, weekday: 'friday', windowDays: 0 },
      conditions: [],
      exclusions: [],
      recipients: NEWSLETTER_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Monthly Newsletter',
      aliases: ['Monthly Newsletters'],
      source: [EARLIER.newsletter, EARLIER.newsletterCsm, ...DIGITAL_RECIPIENTS, RECIPIENT_RULES.footnote],
      teamChoices: ['monthly-day'],
      steps: [
        email('newsletter', 'Monthly newsletter', 0, {
          subject: 'Your monthly GitLab newsletter',
          paragraphs: ['The month in GitLab: new features, upcoming webinars and a tip from Customer Success.'],
          links: [['releases/', 'Release notes']],
        }),
      ],
    },
    npsCsat(
      'nps-csat-post-onboarding', 'NPS/CSAT Post-Onboarding Survey', 'NPS/CSAT Post-Onboarding Survey',
      { kind: 'anchor', anchor: 'customerSince', offsetDays: 60, windowDays: 0 },
      'You have been using GitLab for about two months, and we would like to know how onboarding went.',
      [EARLIER.postOnboarding, EARLIER.postOnboardingCsm],
    ),
    npsCsat(
      'nps-csat-pre-renewal', 'NPS/CSAT Pre-Renewal Survey', 'NPS/CSAT Pre-Renewal Survey',
      { kind: 'anchor', anchor: 'renewalDate', offsetDays: -120, windowDays: 14 },
      'Your renewal is a few months away, and your view of the past year matters to us.',
      [EARLIER.preRenewal],
      ['catch-up'],
    ),
    npsCsat(
      'nps-csat-post-renewal', 'NPS/CSAT Post-Renewal Survey', 'NPS/CSAT Post-Renewal Survey',
      { kind: 'anchor', anchor: 'lastRenewalDate', offsetDays: 60, windowDays: 0 },
      'Thank you for renewing. Two months into your new term, we would like to hear how things are going.',
      [EARLIER.postRenewal],
      ['anchor'],
    ),
    {
      id: 'monthly-webinar-invitations',
      name: 'Monthly Webinar Invitations',
      category: 'webinar',
      segments: DIGITAL_SEGMENTS,
      // "Dependent on event date": the user enters each webinar's date in the options.
      trigger: { kind: 'event', event: 'webinar', name: 'Monthly webinar', inviteDays: INVITE_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Monthly Webinar Invitation',
      source: [EARLIER.webinars, ...DIGITAL_RECIPIENTS, RECIPIENT_RULES.saas],
      teamChoices: ['invite-days'],
      steps: [
        email('invite', 'Webinar invitation', 0, {
          subject: 'You are invited: {{event.name}} on {{event.date}}',
          paragraphs: [
            'Join our Customer Success team for a live session with time for your questions. <a href="{{event.url}}">Save your seat</a>.',
          ],
        }),
      ],
    },
    {
      id: 'post-churn-survey',
      name: 'Post Churn Survey (SMB Only)',
      category: 'retention',
      segments: ['Tech Touch'],
      trigger: { kind: 'closed-lost', windowDays: 14 },
      conditions: [{ kind: 'flag', field: 'activeSubscription', value: false }],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Post Churn Survey',
      source: [EARLIER.churn, ...DIGITAL_RECIPIENTS],
      teamChoices: ['closed-lost-window'],
      steps: [
        email('survey', 'Email 1: Why did you leave?', 0, {
          subject: 'Help us understand your decision, {{account.name}}',
          paragraphs: [
            'We are sorry to see you go. Would you tell us what we could have done better? <a href="{{survey.url}}">The survey takes two minutes</a>.',
          ],
        }),
      ],
    },
    {
      id: 'ci-usage-trigger',
      name: 'CI Usage Trigger Program',
      category: 'enablement',
      segments: DIGITAL_SEGMENTS,
      trigger: { kind: 'when-eligible' },
      conditions: [{ kind: 'compare', field: 'ciUtilization', op: '<', value: 20 }],
      exclusions: [{ kind: 'while-active', programId: 'use-case-ci' }],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: true,
      playbook: 'CI Usage Trigger',
      source: [EARLIER.ciUsage, ...DIGITAL_RECIPIENTS, RECIPIENT_RULES.saas, CONTROL_GROUP],
      teamChoices: ['step-days', 'control-group'],
      steps: [
        email('start-ci', 'Email 1: Start with CI', 0, {
          subject: 'Your team could be getting more from GitLab CI',
          paragraphs: ['Few of your projects run pipelines yet. A first pipeline takes minutes and tests every change from then on.'],
          links: [['ci/quick_start/', 'CI/CD quick start']],
        }),
        email('templates', 'Email 2: CI templates', 7, {
          subject: 'Start from a ready-made pipeline',
          paragraphs: ['Templates and components give you a working pipeline for common languages without writing it from scratch.'],
          links: [['ci/examples/', 'CI/CD examples'], ['ci/components/', 'CI/CD components']],
        }),
      ],
    },
    {
      id: 'low-license-utilization',
      name: 'Low License Utilization (SMB Only)',
      category: 'retention',
      segments: ['Tech Touch'],
      trigger: { kind: 'when-eligible' },
      conditions: [
        { kind: 'compare', field: 'licenseUtilization', op: '<', value: 75 },
        { kind: 'age', field: 'customerSince', minDays: 90, maxDays: 150 },
      ],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Low License Utilization',
      source: [EARLIER.lowLicense, ...DIGITAL_RECIPIENTS],
      teamChoices: ['step-days'],
      steps: [
        email('seats', 'Email 1: Put your seats to work', 0, {
          subject: '{{account.name}} has GitLab seats waiting for users',
          paragraphs: ['Some of the seats you purchased are not in use yet. Inviting the rest of your team is quick.'],
          links: [['user/project/members/', 'Add members'], ['subscriptions/', 'Seat usage']],
        }),
        email('adoption', 'Email 2: Help your team adopt GitLab', 7, {
          subject: 'Help new users get productive in GitLab',
          paragraphs: ['Point new users to these tutorials; most are productive within a day.'],
          links: [['tutorials/', 'GitLab tutorials']],
        }),
      ],
    },
    {
      id: 'intro-to-gitlab-cs-onboarding',
      name: 'Intro to GitLab CS + Onboarding',
      category: 'introduction',
      segments: ['CSM-Assigned'],
      trigger: { kind: 'anchor', anchor: 'csmAssignedDate', offsetDays: 0, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'csm',
      pilot: false,
      playbook: 'Intro to GitLab CS + Onboarding',
      source: [EARLIER.csIntro, RECIPIENT_RULES.csmAssigned],
      teamChoices: ['catch-up', 'step-days'],
      steps: [
        email('intro', 'Email 1: Meet your CSM', 0, {
          subject: 'Your GitLab Customer Success Manager, {{csm.name}}',
          paragraphs: [
            'I am {{csm.name}}, your Customer Success Manager. My job is to help {{account.name}} reach its goals with GitLab.',
            'I would like to schedule a kickoff to understand your priorities. Which times work for you next week?',
          ],
          links: [['administration/get_started/', 'Get started with GitLab']],
        }),
        email('onboarding-plan', 'Email 2: Your onboarding plan', 7, {
          subject: 'Your GitLab onboarding plan',
          paragraphs: ['Here is the onboarding plan we discussed, with the milestones we will track together.'],
          links: [['user/project/issues/', 'Track onboarding tasks with issues']],
        }),
        email('check-in', 'Email 3: Check-in', 14, {
          subject: 'Checking in on your GitLab rollout',
          paragraphs: ['How is the rollout going? Reply with anything blocking your team and I will help remove it.'],
        }),
      ],
    },
    {
      id: 'ae-csm-introduction',
      name: 'AE <> CSM Introduction',
      category: 'introduction',
      segments: ['CSM-Assigned'],
      trigger: { kind: 'anchor', anchor: 'csmAssignedDate', offsetDays: 0, windowDays: CATCH_UP_DAYS },
      conditions: [],
      exclusions: [],
      recipients: { admins: false, soldTo: 'always', saasOwnersMaintainers: false },
      sender: 'account-executive',
      pilot: false,
      playbook: 'AE <> CSM Introduction',
      source: [EARLIER.aeIntro],
      teamChoices: ['catch-up'],
      steps: [
        email('introduction', 'Email 1: Introducing your CSM', 0, {
          subject: 'Introducing {{csm.name}}, your GitLab Customer Success Manager',
          paragraphs: [
            'I would like to introduce {{csm.name}} ({{csm.email}}), who joins {{account.name}}\'s account team as your Customer Success Manager.',
            'I remain your contact for commercial questions; {{csm.name}} will help your teams adopt GitLab.',
          ],
        }),
      ],
    },
    ...ENABLEMENT_CAMPAIGNS.map((campaign) => enrolledCampaign(campaign, {
      id: `csm-enrolled-${campaign.key}`,
      name: `CSM Enrolled ${campaign.topic} Enablement Campaign`,
      segments: ['CSM-Assigned'],
      playbook: `CSM Enrolled ${campaign.topic} Enablement`,
      aliases: [`CSM Enrolled ${campaign.topic} Enablement Campaigns`],
      source: [ENROLLED_SOURCES[campaign.key]],
    })),
  ],
});
