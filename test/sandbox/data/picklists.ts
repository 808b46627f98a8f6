/** Picklist values both apps share: the contact role (GitLab Role / Role__c) and enablement campaigns. */
export const ROLE_VALUES = [
  'GitLab Admin',
  'Billing Contact',
  'Technical Contact',
  'Executive Sponsor',
  'Champion',
  'Procurement',
] as const;

export const ENABLEMENT_VALUES = [
  'CI Enablement',
  'DevSecOps Enablement',
  'CD Enablement',
  'Agile Management Enablement',
  'Security Adoption',
] as const;
