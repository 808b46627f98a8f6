/**
 * What "Clear everything" deletes, in the words the confirmation dialog and its outcome use. A file of
 * its own with no imports, so the options page can list them without loading what deletes them.
 */
export const CLEARED = {
  reminders: 'all reminders and the history of sends',
  session: 'what open tabs and Cockpit handoffs keep in memory (contact details included)',
  scripts: 'page scripts the extension registered',
  hosts: 'the access you granted to custom Gainsight domains',
  sync: 'settings synced with your browser account',
  local: 'your settings, including field names, custom Gainsight domains and the custom program catalog',
} as const;

export type Cleared = keyof typeof CLEARED;

