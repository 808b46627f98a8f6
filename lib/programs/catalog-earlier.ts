/**
 * The earlier programs (seed 001): digital programs for Tech Touch and Scale, and the CSM-assigned programs.
 * Where the seed says "~N days", the program may start within a week of day N; exact days have no window.
 */
import {
  ADMIN_OR_SOLD_TO, ADMINS_ONLY, ALL_SEGMENTS, DIGITAL_SEGMENTS, ENABLEMENT_AUDIENCE, email, enrolledIn,
} from './catalog-shared';
import type { Catalog, Program, Step } from './types';

interface UseCase {
  id: string;
  name: string;
  day: number;
  steps: Step[];
}

/** The four time-based use-case campaigns differ only in name, day and copy. */
const useCase = ({ id, name, day, steps }: UseCase): Program => ({
  id,
  name: `Customer Use Case: ${name}`,
  category: 'enablement',
  segments: DIGITAL_SEGMENTS,
  trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: day, windowDays: 7 },
  conditions: [],
  exclusions: [],
  recipients: ENABLEMENT_AUDIENCE,
  sender: 'customer-enablement',
  pilot: false,
  playbook: `Customer Use Case - ${name} Email Series`,
  steps,
});

interface Enrolled {
  id: string;
  topic: string;
  campaign: string;
  steps: Step[];
}

/** CSM-enrolled campaigns: sent to the contacts a CSM enrolled through Enablement Enrollment. */
const csmEnrolled = ({ id, topic, campaign, steps }: Enrolled): Program => ({
  id,
  name: `CSM Enrolled ${topic} Enablement Campaign`,
  category: 'enablement',
  segments: ['CSM-Assigned'],
  trigger: { kind: 'when-eligible' },
  conditions: [{ kind: 'enrolled', campaign }],
  exclusions: [],
  recipients: enrolledIn(campaign),
  sender: 'csm',
  pilot: false,
  playbook: `CSM Enrolled ${topic} Enablement`,
  aliases: [`CSM Enrolled ${topic} Enablement Campaigns`],
  steps,
});

const onboardingSeries = (deployment: 'Self-Managed' | 'SaaS'): Program => ({
  id: `onboarding-series-${deployment.toLowerCase()}`,
  name: `Onboarding series (${deployment})`,
  category: 'onboarding',
  segments: DIGITAL_SEGMENTS,
  trigger: { kind: 'anchor', anchor: 'customerSince', offsetDays: 3, windowDays: 3 },
  conditions: [
    // Dedicated is run by GitLab, so its admins follow the SaaS series.
    deployment === 'SaaS'
      ? { kind: 'one-of', field: 'deployment', values: ['SaaS', 'Dedicated'] }
      : { kind: 'one-of', field: 'deployment', values: ['Self-Managed'] },
  ],
  exclusions: [],
  recipients: ADMIN_OR_SOLD_TO,
  sender: 'customer-enablement',
  pilot: false,
  playbook: `New Customer Digital Onboarding - ${deployment} Email Series`,
  aliases: ['Onboarding series'],
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
  id: string, name: string, playbook: string, trigger: Program['trigger'], intro: string,
): Program => ({
  id, name, category: 'survey', segments: ALL_SEGMENTS, trigger,
  conditions: [], exclusions: [], recipients: ADMINS_ONLY, sender: 'customer-enablement', pilot: false, playbook,
  steps: [
    email('survey', 'Email 1: Survey', 0, {
      subject: 'A quick question about GitLab, {{account.name}}',
      paragraphs: [`${intro} How likely are you to recommend GitLab to a colleague? <a href="{{survey.url}}">Answer in one click</a>.`],
    }),
  ],
});

export const EARLIER_CATALOG: Catalog = {
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
      pilot: false,
      playbook: 'New Customer Digital Onboarding - Intro and Enrollment',
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
      id: 'use-case-ci', name: 'CI', day: 45,
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
      id: 'use-case-devsecops', name: 'DevSecOps', day: 70,
      steps: [
        email('devsecops', 'Email 1: Security in every merge request', 0, {
          subject: 'Security in every merge request',
          paragraphs: ['GitLab scans code, dependencies and containers as part of the pipeline and shows results where developers work.'],
          links: [['user/application_security/', 'Application security'], ['user/application_security/dependency_scanning/', 'Dependency scanning']],
        }),
      ],
    }),
    useCase({
      id: 'use-case-cd', name: 'CD', day: 100,
      steps: [
        email('cd', 'Email 1: Continuous delivery', 0, {
          subject: 'From merge to production with GitLab CD',
          paragraphs: ['Environments, deployment approvals and rollbacks make releases routine.'],
          links: [['ci/environments/', 'Environments'], ['ci/environments/deployment_approvals/', 'Deployment approvals']],
        }),
      ],
    }),
    useCase({
      id: 'use-case-agile', name: 'Agile Management', day: 130,
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
      // Seed 001 says only "monthly on Fridays"; the 4th Friday is the current program's rule.
      trigger: { kind: 'monthly', nth: 4, weekday: 'friday', windowDays: 0 },
      conditions: [],
      exclusions: [],
      recipients: ADMINS_ONLY,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Monthly Newsletter',
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
    ),
    npsCsat(
      'nps-csat-pre-renewal', 'NPS/CSAT Pre-Renewal Survey', 'NPS/CSAT Pre-Renewal Survey',
      { kind: 'anchor', anchor: 'renewalDate', offsetDays: -120, windowDays: 14 },
      'Your renewal is a few months away, and your view of the past year matters to us.',
    ),
    npsCsat(
      'nps-csat-post-renewal', 'NPS/CSAT Post-Renewal Survey', 'NPS/CSAT Post-Renewal Survey',
      { kind: 'anchor', anchor: 'lastRenewalDate', offsetDays: 60, windowDays: 0 },
      'Thank you for renewing. Two months into your new term, we would like to hear how things are going.',
    ),
    {
      id: 'monthly-webinar-invitations',
      name: 'Monthly Webinar Invitations',
      category: 'webinar',
      segments: DIGITAL_SEGMENTS,
      trigger: { kind: 'monthly', nth: 2, weekday: 'tuesday', windowDays: 0 },
      conditions: [],
      exclusions: [],
      recipients: ENABLEMENT_AUDIENCE,
      sender: 'customer-enablement',
      pilot: false,
      playbook: 'Monthly Webinar Invitation',
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
      pilot: true,
      playbook: 'Low License Utilization',
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
      trigger: { kind: 'anchor', anchor: 'csmAssignedDate', offsetDays: 0, windowDays: 7 },
      conditions: [],
      exclusions: [],
      recipients: ADMIN_OR_SOLD_TO,
      sender: 'csm',
      pilot: false,
      playbook: 'Intro to GitLab CS + Onboarding',
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
      trigger: { kind: 'anchor', anchor: 'csmAssignedDate', offsetDays: 0, windowDays: 7 },
      conditions: [],
      exclusions: [],
      recipients: { admins: false, soldTo: 'always', saasOwnersMaintainers: false },
      sender: 'account-executive',
      pilot: false,
      playbook: 'AE <> CSM Introduction',
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
    csmEnrolled({
      id: 'csm-enrolled-ci', topic: 'CI', campaign: 'CI Enablement',
      steps: [
        email('ci-1', 'Email 1: CI foundations', 0, {
          subject: 'CI enablement 1 of 3: pipeline foundations',
          paragraphs: ['Your CSM enrolled you in a short CI series. First: how pipelines, stages and jobs fit together.'],
          links: [['ci/pipelines/', 'Pipelines'], ['ci/yaml/', 'CI/CD YAML syntax']],
        }),
        email('ci-2', 'Email 2: Speed', 7, {
          subject: 'CI enablement 2 of 3: faster pipelines',
          paragraphs: ['Cache dependencies and run jobs in parallel to shorten feedback loops.'],
          links: [['ci/caching/', 'Caching']],
        }),
        email('ci-3', 'Email 3: Reuse', 14, {
          subject: 'CI enablement 3 of 3: reuse with components',
          paragraphs: ['Share tested configuration across projects with CI/CD components.'],
          links: [['ci/components/', 'CI/CD components']],
        }),
      ],
    }),
    csmEnrolled({
      id: 'csm-enrolled-cd', topic: 'CD', campaign: 'CD Enablement',
      steps: [
        email('cd-1', 'Email 1: Environments', 0, {
          subject: 'CD enablement 1 of 2: environments and deployments',
          paragraphs: ['Your CSM enrolled you in a short CD series. Start by tracking deployments with environments.'],
          links: [['ci/environments/', 'Environments']],
        }),
        email('cd-2', 'Email 2: Safe releases', 7, {
          subject: 'CD enablement 2 of 2: safe releases',
          paragraphs: ['Protect production with approvals and release gradually with feature flags.'],
          links: [['ci/environments/protected_environments/', 'Protected environments'], ['operations/feature_flags/', 'Feature flags']],
        }),
      ],
    }),
    csmEnrolled({
      id: 'csm-enrolled-devsecops', topic: 'DevSecOps', campaign: 'DevSecOps Enablement',
      steps: [
        email('sec-1', 'Email 1: Scanning', 0, {
          subject: 'DevSecOps enablement 1 of 2: scan every change',
          paragraphs: ['Your CSM enrolled you in a short DevSecOps series. First, add security scanning to your pipelines.'],
          links: [['user/application_security/sast/', 'SAST'], ['user/application_security/secret_detection/', 'Secret detection']],
        }),
        email('sec-2', 'Email 2: Triage', 7, {
          subject: 'DevSecOps enablement 2 of 2: triage and fix',
          paragraphs: ['Use the vulnerability report to decide what to fix first.'],
          links: [['user/application_security/vulnerability_report/', 'Vulnerability report']],
        }),
      ],
    }),
    csmEnrolled({
      id: 'csm-enrolled-agile', topic: 'Agile', campaign: 'Agile Enablement',
      steps: [
        email('agile-1', 'Email 1: Plan', 0, {
          subject: 'Agile enablement 1 of 2: plan with issues and boards',
          paragraphs: ['Your CSM enrolled you in a short agile planning series. Start with issues and boards.'],
          links: [['user/project/issues/', 'Issues'], ['user/project/issue_board/', 'Issue boards']],
        }),
        email('agile-2', 'Email 2: Iterate', 7, {
          subject: 'Agile enablement 2 of 2: iterations and epics',
          paragraphs: ['Plan sprints with iterations and group work into epics.'],
          links: [['user/group/iterations/', 'Iterations'], ['user/group/epics/', 'Epics']],
        }),
      ],
    }),
  ],
};
