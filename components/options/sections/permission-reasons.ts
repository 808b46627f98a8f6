/**
 * Why the extension holds each permission: one sentence each, shown on the About section. Keyed by
 * what the manifest lists, so a permission added without an explanation shows as unexplained.
 */
export const PERMISSION_REASONS: Readonly<Record<string, string>> = {
  storage: 'Keeps your settings, the custom catalog and whether the panel is open, in this browser.',
  alarms: 'Wakes the extension when a reminder falls due, even when no Gainsight tab is open.',
  notifications: 'Tells you when a program email is due to be sent.',
  cookies: 'Reads your Salesforce session cookie so the extension can call the Salesforce API as you, with exactly your access.',
  scripting: 'Injects the sidebar only on record pages (every other page gets a tiny loader), and runs that loader on the custom Gainsight domains you add.',
};

export const HOST_REASONS: Readonly<Record<string, string>> = {
  'https://*.gainsightcloud.com/*': 'Gainsight NXT: reads the Customer360 page you open, to plan programs for that company.',
  'https://*.my.salesforce.com/*': "Your org's Salesforce API: reads the account, its contacts and opportunities, and updates a contact's role when you ask.",
  'https://*.lightning.force.com/*': 'Salesforce Lightning: shows the panel on Account, Contact and Opportunity pages.',
  'https://*.visual.force.com/*': 'The Salesforce-hosted Gainsight edition; asked for only if you use it.',
  'https://*/*': 'Your tenant\'s custom Gainsight domain: when you add one, Chrome asks you for that one domain, never for every site.',
};

export const UNEXPLAINED = 'Not explained yet: please report this.';
