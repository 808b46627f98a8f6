/**
 * The sample book of business. Every date is relative to `today`, so "started 2 days ago" stays true on
 * whatever day the sandbox runs. Names, emails and amounts are invented (`*.example` domains).
 */
import type { IsoDate } from '../../../lib/shared/accounts/account';
import { addDays, addYears } from '../dates';
import { company, log, opportunity, person } from './builders';
import type { SandboxAccount } from './types';

const CSM_DANA = { csm: 'Dana Whitfield', csmEmail: 'dwhitfield@gitlab.example' } as const;
const CSM_PRISCILLA = { csm: 'Priscilla Okafor', csmEmail: 'pokafor@gitlab.example' } as const;
/** Scale accounts are served by a pool of CSEs; the page names the CSE on the account. */
const CSE_JORDAN = { csm: 'Jordan Kim', csmEmail: 'jkim@gitlab.example' } as const;

export function bookOfBusiness(today: IsoDate): SandboxAccount[] {
  const d = (days: number) => addDays(today, days);
  return [
    northwind(d),
    bluefin(d),
    cobalt(d),
    summit(d),
    helix(d),
    granite(d),
    orchid(d),
    pinecone(d),
    quartz(d),
    lumen(d),
    driftwood(d),
    atlas(d),
    meridian(d),
    vertex(d),
    saffron(d),
    tundra(d),
    ember(d),
    fjord(d),
    kestrel(d),
  ];
}

type Rel = (days: number) => IsoDate;

function northwind(d: Rel): SandboxAccount {
  const key = 'northwind-day0';
  const domain = 'northwind.example';
  return company({
    key,
    name: 'Northwind Robotics',
    domain,
    scenario: 'Scale account whose subscription starts today (day 0: CSE introduction).',
    tags: ['new-subscription-day-0', 'scale'],
    fields: {
      ...CSE_JORDAN,
      customerSince: d(0),
      subscriptionStartDate: d(0),
      renewalDate: addYears(d(0), 1),
      arr: 48_000,
      segment: 'Scale',
      csmAssignedDate: d(0),
      plan: 'Premium',
      deployment: 'Self-Managed',
      issuesEpicsCreated: 0,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Ava Chen', { roles: ['GitLab Admin'], enablement: ['CI Enablement'] }),
      person(key, domain, 'Marcus Webb', { roles: ['Billing Contact'], soldTo: true }),
    ],
    opportunities: [opportunity(key, 'Northwind Robotics - Premium 120', 'New - First Order', 'Closed Won', d(-1))],
  });
}

function bluefin(d: Rel): SandboxAccount {
  const key = 'bluefin-day2';
  const domain = 'bluefin.example';
  return company({
    key,
    name: 'Bluefin Analytics',
    domain,
    scenario: 'Tech Touch SaaS account on day 2 of its subscription (Net-New Onboarding); many empty fields.',
    tags: ['new-subscription-day-2', 'tech-touch', 'empty-values', 'iso-dates'],
    dateFormat: 'ISO',
    fields: {
      customerSince: d(-2),
      subscriptionStartDate: d(-2),
      renewalDate: addYears(d(-2), 1),
      arr: 6_900,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'SaaS',
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Priya Nair', { roles: ['GitLab Admin'], soldTo: true, permission: 'Owner' }),
      person(key, domain, 'Leo Park', { permission: 'Maintainer', enablement: ['CI Enablement'] }),
    ],
    opportunities: [opportunity(key, 'Bluefin Analytics - Web Direct', 'New - First Order', 'Closed Won', d(-2))],
  });
}

function cobalt(d: Rel): SandboxAccount {
  const key = 'cobalt-day10';
  const domain = 'cobalt.example';
  const admin = person(key, domain, 'Nora Lindqvist', { roles: ['GitLab Admin', 'Technical Contact'] });
  return company({
    key,
    name: 'Cobalt Freight',
    domain,
    scenario: 'Tech Touch account on day 10, onboarding email 1 already sent, only 1 issue created.',
    tags: ['new-subscription-day-10', 'tech-touch', 'few-issues-epics', 'program-logs'],
    fields: {
      customerSince: d(-10),
      subscriptionStartDate: d(-10),
      renewalDate: addYears(d(-10), 1),
      arr: 14_400,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Green',
      ciUtilization: 41,
      licenseUtilization: 52,
      issuesEpicsCreated: 1,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      admin,
      person(key, domain, 'Felix Grant', { roles: ['Billing Contact'], soldTo: true }),
      person(key, domain, 'Yara Haddad', { enablement: ['Agile Management Enablement'] }),
    ],
    programLogs: [log('Net-New Onboarding', 'Email 1: Welcome to GitLab', d(-8), [admin])],
  });
}

function summit(d: Rel): SandboxAccount {
  const key = 'summit-ultimate';
  const domain = 'summithealth.example';
  const admin = person(key, domain, 'Grace Okonkwo', { roles: ['GitLab Admin'], enablement: ['DevSecOps Enablement'] });
  return company({
    key,
    name: 'Summit Health Systems',
    domain,
    scenario: 'CSM-assigned customer that bought Ultimate for the first time 2 days ago.',
    tags: ['first-ultimate-purchase', 'csm-assigned', 'ultimate', 'iso-dates', 'program-logs'],
    dateFormat: 'ISO',
    fields: {
      ...CSM_DANA,
      customerSince: d(-400),
      subscriptionStartDate: d(-400),
      renewalDate: addYears(d(-35), 1),
      lastRenewalDate: d(-35),
      arr: 310_000,
      segment: 'CSM-Assigned',
      csmAssignedDate: d(-380),
      plan: 'Ultimate',
      ultimateSince: d(-2),
      deployment: 'Self-Managed',
      ciScore: 'Green',
      ciUtilization: 64,
      licenseUtilization: 88,
      issuesEpicsCreated: 340,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      admin,
      person(key, domain, 'Miguel Santos', { roles: ['Executive Sponsor'] }),
      person(key, domain, 'Helen Brandt', { roles: ['Procurement'], soldTo: true }),
    ],
    opportunities: [
      opportunity(key, 'Summit Health - Ultimate Upgrade', 'Growth', 'Closed Won', d(-2)),
      opportunity(key, 'Summit Health - Renewal', 'Renewal', 'Closed Won', d(-35)),
    ],
    programLogs: [log('Customer Newsletter', 'Monthly newsletter', d(-26), [admin])],
  });
}

function helix(d: Rel): SandboxAccount {
  const key = 'helix-duo';
  const domain = 'helixbio.example';
  return company({
    key,
    name: 'Helix Biotech',
    domain,
    scenario: 'Scale Ultimate customer that bought Duo today; C360 shows dates as MM/DD/YYYY.',
    tags: ['new-duo-purchase', 'scale', 'ultimate', 'mdy-dates'],
    dateFormat: 'MDY',
    fields: {
      ...CSE_JORDAN,
      ae: 'Morgan Reyes',
      aeEmail: 'mreyes@gitlab.example',
      customerSince: d(-200),
      subscriptionStartDate: d(-200),
      renewalDate: addYears(d(-200), 1),
      arr: 96_000,
      segment: 'Scale',
      csmAssignedDate: d(-200),
      plan: 'Ultimate',
      ultimateSince: d(-200),
      duoPurchaseDate: d(0),
      deployment: 'SaaS',
      ciScore: 'Green',
      ciUtilization: 58,
      licenseUtilization: 91,
      issuesEpicsCreated: 122,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Oliver Byrne', { roles: ['GitLab Admin'], permission: 'Owner' }),
      person(key, domain, 'Sana Qureshi', { roles: ['Champion'], permission: 'Maintainer', enablement: ['CD Enablement'] }),
      person(key, domain, 'Diego Ramos', { roles: ['Billing Contact'], soldTo: true }),
    ],
    opportunities: [opportunity(key, 'Helix Biotech - Duo Pro add-on', 'Growth', 'Closed Won', d(0))],
  });
}

function granite(d: Rel): SandboxAccount {
  const key = 'granite-renewed';
  const domain = 'granitebay.example';
  const admin = person(key, domain, 'Chloe Martin', { roles: ['GitLab Admin'] });
  return company({
    key,
    name: 'Granite Bay Logistics',
    domain,
    scenario: 'Tech Touch account that renewed 3 days ago (post-renewal onboarding); CI score Yellow.',
    tags: ['renewed-3-days-ago', 'tech-touch', 'ci-score-yellow', 'program-logs'],
    fields: {
      customerSince: addYears(d(-3), -1),
      subscriptionStartDate: addYears(d(-3), -1),
      renewalDate: addYears(d(-3), 1),
      lastRenewalDate: d(-3),
      arr: 21_600,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Yellow',
      ciUtilization: 35,
      licenseUtilization: 80,
      issuesEpicsCreated: 57,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [admin, person(key, domain, 'Ibrahim Sall', { roles: ['Billing Contact'], soldTo: true, enablement: ['CI Enablement'] })],
    opportunities: [opportunity(key, 'Granite Bay - Renewal', 'Renewal', 'Closed Won', d(-3))],
    programLogs: [
      log('Customer CSAT Survey', 'Survey', d(-150), [admin]),
      log('Customer Newsletter', 'Monthly newsletter', d(-26), [admin]),
    ],
  });
}

function orchid(d: Rel): SandboxAccount {
  const key = 'orchid-pre-renewal';
  const domain = 'orchidfin.example';
  return company({
    key,
    name: 'Orchid Financial',
    domain,
    scenario: 'CSM-assigned Dedicated customer whose renewal is 120 days away (pre-renewal NPS/CSAT).',
    tags: ['renewal-in-120-days', 'csm-assigned'],
    fields: {
      ...CSM_DANA,
      customerSince: addYears(d(120), -1),
      subscriptionStartDate: addYears(d(120), -1),
      renewalDate: d(120),
      arr: 182_000,
      segment: 'CSM-Assigned',
      csmAssignedDate: addYears(d(120), -1),
      plan: 'Premium',
      deployment: 'Dedicated',
      ciScore: 'Green',
      ciUtilization: 71,
      licenseUtilization: 93,
      issuesEpicsCreated: 410,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Elena Petrova', { roles: ['GitLab Admin'], enablement: ['CD Enablement', 'DevSecOps Enablement'] }),
      person(key, domain, 'Wei Zhang', { roles: ['Executive Sponsor'] }),
      person(key, domain, 'Laura Finch', { roles: ['Procurement'], soldTo: true }),
    ],
    opportunities: [opportunity(key, 'Orchid Financial - Renewal', 'Renewal', '2-Scoping', d(120))],
  });
}

function pinecone(d: Rel): SandboxAccount {
  const key = 'pinecone-post-renewal';
  const domain = 'pinecone.example';
  const admin = person(key, domain, 'Samuel Adeyemi', { roles: ['GitLab Admin'] });
  return company({
    key,
    name: 'Pinecone Media',
    domain,
    scenario: 'Tech Touch account that renewed 60 days ago (post-renewal NPS/CSAT).',
    tags: ['renewal-60-days-ago', 'tech-touch', 'iso-dates', 'program-logs'],
    dateFormat: 'ISO',
    fields: {
      customerSince: addYears(d(-60), -1),
      subscriptionStartDate: addYears(d(-60), -1),
      renewalDate: addYears(d(-60), 1),
      lastRenewalDate: d(-60),
      arr: 9_600,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'SaaS',
      ciScore: 'Green',
      ciUtilization: 48,
      licenseUtilization: 77,
      issuesEpicsCreated: 88,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      admin,
      person(key, domain, 'Julia Novak', { roles: ['Billing Contact'], soldTo: true, permission: 'Owner', enablement: ['Security Adoption'] }),
    ],
    opportunities: [opportunity(key, 'Pinecone Media - Renewal', 'Renewal', 'Closed Won', d(-60))],
    programLogs: [log('Post-renewal onboarding', 'Email 1', d(-57), [admin])],
  });
}

function quartz(d: Rel): SandboxAccount {
  const key = 'quartz-ci-red';
  const domain = 'quartzmfg.example';
  return company({
    key,
    name: 'Quartz Manufacturing',
    domain,
    scenario: 'Tech Touch account with CI score Red and 12% CI utilization (CI lab, CI usage trigger).',
    tags: ['ci-score-red', 'low-ci-utilization', 'tech-touch'],
    fields: {
      customerSince: d(-150),
      subscriptionStartDate: d(-150),
      renewalDate: addYears(d(-150), 1),
      arr: 30_000,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Red',
      ciUtilization: 12,
      licenseUtilization: 81,
      issuesEpicsCreated: 19,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Arjun Mehta', { roles: ['GitLab Admin'] }),
      person(key, domain, 'Beatriz Lima', { roles: ['Technical Contact'], enablement: ['CI Enablement'] }),
      person(key, domain, 'Tom Becker', { roles: ['Billing Contact'], soldTo: true }),
    ],
  });
}

function lumen(d: Rel): SandboxAccount {
  const key = 'lumen-smb-license';
  const domain = 'lumencraft.example';
  return company({
    key,
    name: 'Lumen Craft Studio',
    domain,
    scenario: 'Tech Touch SMB at day 100 using 60% of its licenses (low license utilization, CD use case).',
    tags: ['smb-low-license-utilization', 'tech-touch', 'day-100'],
    fields: {
      customerSince: d(-100),
      subscriptionStartDate: d(-100),
      renewalDate: addYears(d(-100), 1),
      arr: 4_800,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'SaaS',
      ciScore: 'Green',
      ciUtilization: 44,
      licenseUtilization: 60,
      issuesEpicsCreated: 23,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Maya Goldberg', { roles: ['GitLab Admin'], soldTo: true, permission: 'Owner', enablement: ['CD Enablement'] }),
    ],
  });
}

function driftwood(d: Rel): SandboxAccount {
  const key = 'driftwood-churned';
  const domain = 'driftwood.example';
  return company({
    key,
    name: 'Driftwood Outdoor Co',
    domain,
    scenario: 'Churned SMB: renewal Closed Lost, Active Subscription = No (post-churn survey).',
    tags: ['churned-smb', 'tech-touch', 'iso-dates'],
    dateFormat: 'ISO',
    fields: {
      customerSince: d(-500),
      subscriptionStartDate: d(-500),
      renewalDate: d(-135),
      arr: 0,
      segment: 'Tech Touch',
      plan: 'Free',
      deployment: 'SaaS',
      ciScore: 'Red',
      ciUtilization: 3,
      licenseUtilization: 22,
      issuesEpicsCreated: 6,
      activeSubscription: false,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Rosa Delgado', { roles: ['GitLab Admin'], permission: 'Owner', enablement: ['Agile Management Enablement'] }),
      person(key, domain, 'Kevin Walsh', { roles: ['Billing Contact'], soldTo: true }),
    ],
    opportunities: [opportunity(key, 'Driftwood Outdoor - Renewal', 'Renewal', 'Closed Lost', d(-135))],
  });
}

function atlas(d: Rel): SandboxAccount {
  const key = 'atlas-csm-assigned';
  const domain = 'atlasaero.example';
  return company({
    key,
    name: 'Atlas Aerospace',
    domain,
    scenario: 'Ultimate customer that got its first named CSM yesterday (CSM introduction).',
    tags: ['csm-just-assigned', 'csm-assigned', 'ultimate'],
    fields: {
      ...CSM_PRISCILLA,
      customerSince: d(-220),
      subscriptionStartDate: d(-220),
      renewalDate: addYears(d(-220), 1),
      arr: 255_000,
      segment: 'CSM-Assigned',
      csmAssignedDate: d(-1),
      plan: 'Ultimate',
      ultimateSince: d(-220),
      deployment: 'Self-Managed',
      ciScore: 'Yellow',
      ciUtilization: 29,
      licenseUtilization: 84,
      issuesEpicsCreated: 1_204,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Henrik Larsen', { roles: ['GitLab Admin'] }),
      person(key, domain, 'Fatima Zahra', { roles: ['Technical Contact', 'Champion'], enablement: ['DevSecOps Enablement'] }),
      person(key, domain, 'Paul Dubois', { roles: ['Executive Sponsor'] }),
      person(key, domain, 'Irene Costa', { roles: ['Procurement'], soldTo: true }),
    ],
    opportunities: [opportunity(key, 'Atlas Aerospace - Ultimate 400', 'New - First Order', 'Closed Won', d(-221))],
  });
}

function meridian(d: Rel): SandboxAccount {
  const key = 'meridian-sold-to-only';
  const domain = 'meridiandental.example';
  return company({
    key,
    name: 'Meridian Dental Group',
    domain,
    scenario: 'Web-store buyer with no GitLab Admin (Sold-To only) and an open "New - First Order" deal.',
    tags: ['no-gitlab-admin', 'open-first-order-opportunity', 'tech-touch', 'iso-dates', 'decoy-note'],
    dateFormat: 'ISO',
    // The handover note names a former admin who is not (and never was) a contact on this account.
    note: {
      label: 'Account Notes',
      paragraphs: ['Handover from the reseller, before the web-store purchase. Their contacts, for reference only:'],
      heading: 'Contacts',
      table: {
        columns: ['Name', 'Email', 'GitLab Role'],
        rows: [['Dana Reseller', 'dana.reseller@reseller.example', 'GitLab Admin']],
      },
    },
    fields: {
      customerSince: d(-20),
      subscriptionStartDate: d(-20),
      renewalDate: addYears(d(-20), 1),
      arr: 2_900,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'SaaS',
      ciScore: 'Yellow',
      ciUtilization: 18,
      licenseUtilization: 70,
      issuesEpicsCreated: 2,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Hannah Brooks', { soldTo: true, permission: 'Owner' }),
      person(key, domain, 'Omar Farouk', { roles: ['Technical Contact'], permission: 'Maintainer', enablement: ['CI Enablement'] }),
    ],
    opportunities: [
      opportunity(key, 'Meridian Dental - Web Direct', 'New - First Order', 'Closed Won', d(-20)),
      opportunity(key, 'Meridian Dental - Clinics Expansion', 'New - First Order', '4-Proposal', d(14)),
      // A deal type that needs no admin for approval, on the same no-admin account.
      opportunity(key, 'Meridian Dental - Renewal', 'Renewal', '1-Discovery', addYears(d(-20), 1)),
    ],
  });
}

function vertex(d: Rel): SandboxAccount {
  const key = 'vertex-two-admins';
  const domain = 'vertexsemi.example';
  const ruth = person(key, domain, 'Ruth Alvarez', { roles: ['GitLab Admin', 'Billing Contact'] });
  const kenji = person(key, domain, 'Kenji Mori', { roles: ['GitLab Admin'], enablement: ['Agile Management Enablement'] });
  return company({
    key,
    name: 'Vertex Semiconductors',
    domain,
    scenario: 'Two GitLab Admins, one also Billing Contact; customer for exactly 60 days.',
    tags: ['two-gitlab-admins', 'admin-with-other-role', 'customer-since-60-days', 'csm-assigned', 'program-logs'],
    fields: {
      ...CSM_PRISCILLA,
      customerSince: d(-60),
      subscriptionStartDate: d(-60),
      renewalDate: addYears(d(-60), 1),
      arr: 140_000,
      segment: 'CSM-Assigned',
      csmAssignedDate: d(-58),
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Green',
      ciUtilization: 52,
      licenseUtilization: 76,
      issuesEpicsCreated: 64,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [ruth, kenji, person(key, domain, 'Samir Patel', { roles: ['Procurement'], soldTo: true })],
    opportunities: [opportunity(key, 'Vertex Semiconductors - Premium 350', 'New - First Order', 'Closed Won', d(-61))],
    programLogs: [
      log('CSM/CSE Introduction', 'Email 1', d(-58), [ruth, kenji]),
      log('Net-New Onboarding', 'Email 1: Welcome to GitLab', d(-58), [ruth, kenji]),
    ],
  });
}

function saffron(d: Rel): SandboxAccount {
  const key = 'saffron-saas-owners';
  const domain = 'saffronlabs.example';
  return company({
    key,
    name: 'Saffron Labs',
    domain,
    scenario: 'Scale SaaS account with Owner and Maintainer users; customer for 45 days (CI use case).',
    tags: ['saas-owner-maintainer', 'scale', 'day-45', 'iso-dates'],
    dateFormat: 'ISO',
    fields: {
      ...CSE_JORDAN,
      customerSince: d(-45),
      subscriptionStartDate: d(-45),
      renewalDate: addYears(d(-45), 1),
      arr: 38_500,
      segment: 'Scale',
      csmAssignedDate: d(-45),
      plan: 'Premium',
      deployment: 'SaaS',
      ciScore: 'Green',
      ciUtilization: 23,
      licenseUtilization: 66,
      issuesEpicsCreated: 31,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Lina Chowdhury', { roles: ['GitLab Admin'], permission: 'Owner' }),
      person(key, domain, 'Tomas Rivera', { permission: 'Owner' }),
      person(key, domain, 'Ivy Stone', { permission: 'Maintainer', enablement: ['CI Enablement'] }),
      person(key, domain, 'Ben Ortiz', {}),
      person(key, domain, 'Carla Mendes', { roles: ['Billing Contact'], soldTo: true }),
    ],
  });
}

function tundra(d: Rel): SandboxAccount {
  const key = 'tundra-control-group';
  const domain = 'tundra.example';
  return company({
    key,
    name: 'Tundra Outfitters',
    domain,
    scenario: 'Tech Touch account in a pilot control group, at day 30 (Security Adoption is held back).',
    tags: ['control-group', 'tech-touch', 'day-30'],
    fields: {
      customerSince: d(-30),
      subscriptionStartDate: d(-30),
      renewalDate: addYears(d(-30), 1),
      arr: 7_200,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'SaaS',
      ciScore: 'Green',
      ciUtilization: 39,
      licenseUtilization: 79,
      issuesEpicsCreated: 12,
      activeSubscription: true,
      controlGroup: true,
    },
    contacts: [
      person(key, domain, 'Erik Johansson', { roles: ['GitLab Admin'], permission: 'Owner', enablement: ['Security Adoption'] }),
      person(key, domain, 'Amara Obi', { roles: ['Billing Contact'], soldTo: true }),
    ],
  });
}

function ember(d: Rel): SandboxAccount {
  const key = 'ember-missing-renewal';
  const domain = 'emberenergy.example';
  return company({
    key,
    name: 'Ember Energy',
    domain,
    scenario: 'The C360 layout has no Renewal Date and no Last Renewal Date field at all (Salesforce still has the renewal date).',
    tags: ['field-missing', 'tech-touch'],
    hiddenFields: ['Renewal Date', 'Last Renewal Date'],
    fields: {
      customerSince: d(-300),
      subscriptionStartDate: d(-300),
      renewalDate: d(65),
      arr: 18_000,
      segment: 'Tech Touch',
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Green',
      ciUtilization: 55,
      licenseUtilization: 83,
      issuesEpicsCreated: 140,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Sofia Rossi', { roles: ['GitLab Admin'], enablement: ['DevSecOps Enablement'] }),
      person(key, domain, 'Noah Fischer', { roles: ['Billing Contact'], soldTo: true }),
    ],
  });
}

function fjord(d: Rel): SandboxAccount {
  const key = 'fjord-dmy-dates';
  const domain = 'fjordmaritime.example';
  return company({
    key,
    name: 'Fjord Maritime AS',
    domain,
    scenario: 'Scale account whose C360 shows dates as DD.MM.YYYY; customer for 130 days (Agile Management).',
    tags: ['dmy-dates', 'scale', 'day-130'],
    dateFormat: 'DMY',
    fields: {
      ...CSE_JORDAN,
      customerSince: d(-130),
      subscriptionStartDate: d(-130),
      renewalDate: addYears(d(-130), 1),
      arr: 57_000,
      segment: 'Scale',
      csmAssignedDate: d(-130),
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Yellow',
      ciUtilization: 27,
      licenseUtilization: 74,
      issuesEpicsCreated: 45,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: [
      person(key, domain, 'Ingrid Haugen', { roles: ['GitLab Admin'], enablement: ['Agile Management Enablement'] }),
      person(key, domain, 'Lars Nilsen', { roles: ['Billing Contact'], soldTo: true }),
    ],
    // A deal closed on a day after the 12th: its DD.MM.YYYY date reads only day-first, which proves the page's order.
    opportunities: [opportunity(key, 'Fjord Maritime AS - Agile seats', 'Growth', 'Closed Won', dayAfterTwelfth(d(-120)))],
  });
}

/** The first day on or after `date` whose day of the month is over 12. */
function dayAfterTwelfth(date: IsoDate): IsoDate {
  const day = Number(date.slice(8));
  return day > 12 ? date : addDays(date, 13 - day);
}

/** Eight first names by eight surnames: a contact list longer than any grid shows at once. */
const KESTREL_FIRST = ['Alma', 'Bruno', 'Celia', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo'];
const KESTREL_LAST = ['Arnaud', 'Brandt', 'Castro', 'Duarte', 'Eriksen', 'Falk', 'Gallo', 'Horvat'];
/** Where the one GitLab Admin sits in the list: well past the rows a grid renders first. */
export const KESTREL_ADMIN_INDEX = 41;

function kestrel(d: Rel): SandboxAccount {
  const key = 'kestrel-many-contacts';
  const domain = 'kestrelsys.example';
  const names = KESTREL_LAST.flatMap((last) => KESTREL_FIRST.map((first) => `${first} ${last}`));
  return company({
    key,
    name: 'Kestrel Systems',
    domain,
    scenario: 'Scale account with 64 contacts; its only GitLab Admin is the 42nd, far below what a virtualized grid shows first.',
    tags: ['many-contacts', 'scale'],
    fields: {
      ...CSE_JORDAN,
      customerSince: d(-240),
      subscriptionStartDate: d(-240),
      renewalDate: addYears(d(-240), 1),
      arr: 126_000,
      segment: 'Scale',
      csmAssignedDate: d(-240),
      plan: 'Premium',
      deployment: 'Self-Managed',
      ciScore: 'Green',
      ciUtilization: 47,
      licenseUtilization: 86,
      issuesEpicsCreated: 930,
      activeSubscription: true,
      controlGroup: false,
    },
    contacts: names.map((name, i) =>
      person(key, domain, name, {
        ...(i === KESTREL_ADMIN_INDEX ? { roles: ['GitLab Admin'] } : i % 9 === 4 ? { roles: ['Technical Contact'] } : {}),
        ...(i === 0 ? { roles: ['Billing Contact'], soldTo: true } : {}),
        ...(i % 16 === 3 ? { enablement: ['CI Enablement'] } : {}),
      }),
    ),
    opportunities: [opportunity(key, 'Kestrel Systems - Premium 600', 'New - First Order', 'Closed Won', d(-241))],
  });
}
