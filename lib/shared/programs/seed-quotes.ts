/**
 * The seeds' own words that the built-in catalogs rest on, quoted exactly (runs of spaces collapsed;
 * markdown links and emphasis reduced to their text). A table row is quoted as the cells that state its
 * rule, joined by " | ", each exactly as the seed writes it. seed-quotes.test.ts checks every quote
 * against the seed files, so a quote cannot drift from its seed.
 */
import type { SeedQuote } from './types';

const q = (seed: string, text: string): SeedQuote => ({ seed, text });

/** Seed 000: who receives programs. */
export const RECIPIENT_RULES = {
  admin: q('000', 'The GitLab Admin contact user is the primary recipient of communication sent by the Digital Customer Success (DCS) Team.'),
  soldTo: q('000', 'If so, communications normally designed for the GitLab Admin contacts will be sent to the contact that directly purchased GitLab products and services (the Sold-To contact). These contacts do not receive NPS or CSAT communication.'),
  saas: q('000', 'On accounts using the GitLab SaaS product, individual users with Owner and Maintainer permissions in an organization may receive email programs from the DCS Team.'),
  digital: q('001', 'The programs below are available to our tech touch and scaled CSM customer segments. These are sent to our GitLab Admin contacts and sold to contacts when GitLab Admin = Null.'),
  csmAssigned: q('001', 'The programs below are available to CSM-assigned accounts only and are sent to a GitLab Admin contact.'),
  footnote: q('001', '* Monthly newsletters and NPS/CSAT surveys require a GitLab Admin contact'),
} as const;

/** Seed 000: where programs stop, and the Sales rule behind the approval warning. */
export const LIFECYCLE_RULES = {
  lifecycle: q('000', 'Programs follow the lifecycle of the customer, from onboarding to enablement to retention.'),
  sales: q('000', 'Configuring the GitLab Admin contact is a required step in the Sales process.'),
} as const;

/** Seed 001: experiments. */
export const EXPERIMENT_RULES = {
  controlGroup: q('001', 'This can mean that a small percentage of customers may not receive onboarding or enablement content during pilot programs.'),
} as const;

/** Seed 004: the current programs. */
export const CURRENT = {
  introduction: q('004', 'CSM/CSE Introduction | Day 0 of new subscription | CSM / CSE'),
  netNew: q('004', 'Net-New Onboarding | Day 2 of new subscription | All'),
  ultimate: q('004', 'Ultimate Upgrade Onboarding | Day 2 of Ultimate first purhcase | All'),
  duo: q('004', 'Duo Admin Onboarding | Day 0 of new Duo purchase | All'),
  postRenewal: q('004', 'Post-renewal onboarding | Day 3 post renewal | All'),
  ciCoach: q('004', 'CI Product Coach | Monthly / Ad Hoc | CSE Only'),
  securityCoach: q('004', 'Security Product Coach | Monthly / Ad Hoc | CSE Only'),
  securityAdoption: q('004', 'Security Adoption | Day 30 | CSE / Digital SMB'),
  cdAdoption: q('004', 'CD Adoption | Day 50 | CSE / Digital SMB'),
  agileAdoption: q('004', 'Agile Adoption | Day 60 | CSE / Digital SMB'),
  csat: q('004', 'Customer CSAT Survey | Biannually | All'),
  newsletter: q('004', 'Customer Newsletter | Monthly on the 4th Friday | All'),
  enrollment: q('004', 'To enroll contacts into Enablement campaigns Gainsight users can enroll contacts through a multi-picklist Enablement Enrollment on the contact in Gainsight - see issue for instructions.'),
  ciLab: q('004', 'Every month, customers are invited to CI and Advanced CI Hands-On Labs hosted by CSEs.'),
  ciLabAudience: q('004', 'Customers who receive this invite have low CI score (yellow or red). Note: If CI Product Coach is going on, CSE Customers who receive CI Product Coach do not typically receive this email.'),
  securityLab: q('004', 'Every month, customers are invited to a Security & Compliance Hands-On Lab hosted by CSEs.'),
  securityLabAudience: q('004', 'All ultimate customers receive this invite. Note: If Security Product Coach/Security Plus is going on, CSE Customers who receive Security Product Coach/Security Plus do not typically receive this email.'),
  pmLab: q('004', 'When the Getting Started with Project Management Hands-On Lab is hosted in a month, customers with fewer than 3 issues/epics created and customers that are within their first two years at GitLab are invited to this event.'),
  followUp: q('004', 'Email follow-ups are sent to all customers who have registered or attended an event within 24 hours of the event concluding.'),
} as const;

/** Seed 001: the earlier digital and CSM-assigned programs (Program | Recipients, the row's rule). */
export const EARLIER = {
  intro: q('001', 'Onboarding intro and enrollment | Customer within the last 3 days'),
  series: q('001', 'Onboarding series | Customer ~3-15 days'),
  useCaseCi: q('001', 'Customer Use Case: CI | Customer ~45 days'),
  useCaseDevSecOps: q('001', 'Customer Use Case: DevSecOps | Customer ~70 days'),
  useCaseCd: q('001', 'Customer Use Case: CD | Customer ~100 days'),
  useCaseAgile: q('001', 'Customer Use Case: Agile Management | Customer ~130 days'),
  newsletter: q('001', 'Monthly Newsletters | Sent Monthly on Fridays'),
  newsletterCsm: q('001', 'Monthly Newsletters* | Sent monthly on Fridays to GitLab Admin contacts'),
  postOnboarding: q('001', 'NPS/CSAT Post-Onboarding Survey | Customer since = 60 days'),
  postOnboardingCsm: q('001', 'NPS/CSAT Post-Onboarding Survey* | Customer since = 60 days & GitLab Admin'),
  preRenewal: q('001', 'NPS/CSAT Pre-Renewal Survey | ~ 120 days before Next renewal date'),
  postRenewal: q('001', 'NPS/CSAT Post-Renewal Survey | 60 days after Next renewal date'),
  webinars: q('001', 'Monthly Webinar Invitations | Sent monthly dependent on event date'),
  churn: q('001', 'Post Churn Survey (SMB Only) | Opportunity marked Closed-Lost, Active Subscription = 0'),
  ciUsage: q('001', 'CI Usage Trigger Program | <20% Utilization of CI and not in time-based CI campaign'),
  lowLicense: q('001', 'Low License Utilization (SMB Only) | License Utilization less than 75%, customer since 90-150 days'),
  csIntro: q('001', 'Intro to GitLab CS + Onboarding | When a customer is first assigned a CSM (GitLab Admin OR Sold to Contact)'),
  aeIntro: q('001', 'AE <> CSM Introduction | When a customer is first assigned a CSM (Sold to Contact)'),
  enrolledCi: q('001', 'CSM Enrolled CI Enablement Campaigns | CSM enrolled contact through multi-picklist Enablement Enrollment on the contact in Gainsight - see issue for instructions'),
  enrolledCd: q('001', 'CSM Enrolled CD Enablement Campaigns | CSM enrolled contact through multi-picklist Enablement Enrollment on the contact in Gainsight - see issue for instructions'),
  enrolledDevSecOps: q('001', 'CSM Enrolled DevSecOps Enablement Campaigns | CSM enrolled contact through multi-picklist Enablement Enrollment on the contact in Gainsight - see issue for instructions'),
  enrolledAgile: q('001', 'CSM Enrolled Agile Enablement Campaigns | CSM enrolled contact through multi-picklist Enablement Enrollment on the contact in Gainsight - see issue for instructions'),
} as const;
