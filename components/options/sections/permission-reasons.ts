/**
 * Why the extension holds each permission: one sentence each, shown on the About section. Keyed by
 * what the manifest lists, so a permission added without an explanation shows as unexplained.
 */
export const PERMISSION_REASONS: Readonly<Record<string, string>> = {
  storage: 'Keeps your settings and the custom catalog in this browser, and what the panel shows for each open tab (in memory only).',
  alarms: 'Wakes the extension when a reminder falls due, even when no Gainsight tab is open.',
  notifications: 'Tells you when a program email is due to be sent.',
  cookies: 'Reads your Salesforce session cookie so the extension can call the Salesforce API as you, with exactly your access.',
  scripting: 'Reads a Customer360 or Cockpit record page only when you open one (other pages get nothing), fills a form only when you ask, and shows the small launcher that opens the panel.',
  sidePanel: 'Shows the companion in the browser\'s side panel, beside the page, where the page cannot cover it or press its buttons.',
};

export const HOST_REASONS: Readonly<Record<string, string>> = {
  'https://*.gainsightcloud.com/*': 'Gainsight NXT: reads the Customer360 page you open, to plan programs for that company.',
  'https://*.my.salesforce.com/*': "Your org's Salesforce API: reads the account, its contacts and opportunities, and updates a contact's role when you ask.",
  'https://*.lightning.force.com/*': 'Salesforce Lightning: knows which Account, Contact or Opportunity a tab shows, to plan for it in the panel.',
  'https://*.visual.force.com/*': 'The Salesforce-hosted Gainsight edition; asked for only if you use it.',
  'https://*/*': 'Your tenant\'s custom Gainsight domain: when you add one, your browser asks you for that one domain, never for every site.',
};

export const UNEXPLAINED = 'Not explained yet: please report this.';
