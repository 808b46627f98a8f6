import { z } from 'zod';
import { FIELD_LABELS } from '../programs/fields';

/**
 * Every user setting, validated as typed. Tenants name things their own way, so every field name
 * and label the adapters read is a setting with the DOMAIN.md default.
 */

export const GAINSIGHT_LABEL_DEFAULTS = {
  // The company fields: the engine's reasons name them the same way, so one list serves both.
  ...FIELD_LABELS,
  /** The company's Salesforce Account id, for links to the account (e.g. the one-click admin fix). */
  sfdcAccountId: 'SFDC Account ID',
  /** The C360 section holding the contacts; alternatives separated by commas (the team's choice: both names C360 uses). */
  contactsSection: 'Contacts, People',
  contactName: 'Name',
  contactEmail: 'Email',
  contactRole: 'GitLab Role',
  contactSoldTo: 'Sold-To',
  contactEnablement: 'Enablement Enrollment',
  contactPermission: 'Permission',
  opportunityName: 'Opportunity Name',
  opportunityType: 'Type',
  opportunityStage: 'Stage',
  opportunityCloseDate: 'Close Date',
  logProgram: 'Program',
  logStep: 'Step',
  logSentOn: 'Sent On',
  logRecipients: 'Recipients',
} as const;

export type GainsightLabelKey = keyof typeof GAINSIGHT_LABEL_DEFAULTS;

const label = z.string().trim().min(1, 'must not be empty').max(80, 'must be 80 characters or fewer');
const text = z.string().trim().max(120, 'must be 120 characters or fewer');
const apiName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]*(__c|__r\.[A-Za-z][A-Za-z0-9_]*)?$|^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/, 'must be a Salesforce API name like Role__c');

const labelShape = Object.fromEntries(
  Object.entries(GAINSIGHT_LABEL_DEFAULTS).map(([key, value]) => [key, label.default(value)]),
) as { [K in GainsightLabelKey]: z.ZodDefault<typeof label> };

export const settingsSchema = z.object({
  /** The side panel and its in-page launcher chip (the team's choice: on, since it is how the panel is found). */
  panel: z.object({ launcher: z.boolean().default(true) }).prefault({}),
  sender: z
    .object({
      name: text.default(''),
      email: z.union([z.literal(''), z.email('must be an email address')]).default(''),
      title: text.default(''),
      genericAddress: z.union([z.literal(''), z.email('must be an email address')]).default(''),
      ccCsm: z.boolean().default(false),
    })
    .prefault({}),
  salesforce: z
    .object({
      apiVersion: z.string().regex(/^\d{2,3}\.0$/, 'must look like 66.0').default('66.0'),
      roleField: apiName.default('Role__c'),
      adminValue: label.default('GitLab Admin'),
      soldToField: apiName.default('Sold_To__c'),
      enablementField: apiName.default('Enablement_Enrollment__c'),
      accountFields: z
        .object({
          customerSince: apiName.default('Customer_Since__c'),
          renewalDate: apiName.default('Next_Renewal_Date__c'),
          arr: apiName.default('ARR__c'),
          segment: apiName.default('Segment__c'),
          csm: apiName.default('CSM__r.Name'),
          plan: apiName.default('Plan__c'),
          deployment: apiName.default('Deployment__c'),
        })
        .prefault({}),
    })
    .prefault({}),
  gainsight: z
    .object({
      labels: z.object(labelShape).prefault({}),
      /** Day/month order for numeric dates; 'auto' follows the browser's locale. */
      dateOrder: z.enum(['auto', 'MDY', 'DMY', 'YMD']).default('auto'),
      customDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'must be a host name like cs.example.com')).default([]),
    })
    .prefault({}),
  programs: z
    .object({
      edition: z.enum(['current', 'earlier']).default('current'),
      disabled: z.array(z.string()).default([]),
      /** A fraction (0.05 = 5%); the options page shows it as a percentage. */
      controlShare: z
        .number({ error: 'must be a number' })
        .min(0, 'must be 0% or more')
        .max(0.5, 'must be 50% or less')
        .default(0.05),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
