/**
 * Enablement campaigns a Gainsight user enrolls contacts into by hand, through the multi-picklist
 * Enablement Enrollment on the contact (seed 004; seed 001 names the CI, CD, DevSecOps and Agile
 * campaigns). Both editions send the same emails; they differ in who may be enrolled.
 */
import { email, enrolledIn } from './catalog-shared';
import type { Segment } from '../accounts/account';
import type { Program, SeedQuote, Step } from './types';

export interface EnablementCampaign {
  key: 'ci' | 'cd' | 'devsecops' | 'agile';
  topic: string;
  /** The Enablement Enrollment value that enrolls a contact: a picklist value, so the team's guess at its spelling. */
  campaign: string;
  steps: Step[];
}

export const ENABLEMENT_CAMPAIGNS: readonly EnablementCampaign[] = [
  {
    key: 'ci', topic: 'CI', campaign: 'CI Enablement',
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
  },
  {
    key: 'cd', topic: 'CD', campaign: 'CD Enablement',
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
  },
  {
    key: 'devsecops', topic: 'DevSecOps', campaign: 'DevSecOps Enablement',
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
  },
  {
    key: 'agile', topic: 'Agile', campaign: 'Agile Enablement',
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
  },];

interface CampaignProgram {
  id: string;
  name: string;
  segments: Segment[];
  playbook: string;
  aliases?: string[];
  source: SeedQuote[];
}

/**
 * Due for each contact whose Enablement Enrollment lists the campaign, as soon as they are enrolled;
 * tracked per contact, so a contact enrolled later is due while the others have finished.
 */
export const enrolledCampaign = (campaign: EnablementCampaign, program: CampaignProgram): Program => ({
  ...program,
  category: 'enablement',
  trigger: { kind: 'when-eligible' },
  conditions: [{ kind: 'enrolled', campaign: campaign.campaign }],
  exclusions: [],
  recipients: enrolledIn(campaign.campaign),
  sender: 'csm',
  pilot: false,
  steps: campaign.steps,
  teamChoices: ['step-days'],
});
