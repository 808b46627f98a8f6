/** The page's sections in order: the nav and the page render from this one list. */
export const SECTIONS = [
  { id: 'sender', title: 'Sender identity' },
  { id: 'panel', title: 'Side panel' },
  { id: 'salesforce', title: 'Salesforce' },
  { id: 'gainsight', title: 'Gainsight' },
  { id: 'programs', title: 'Programs' },
  { id: 'data', title: 'Data' },
  { id: 'about', title: 'About' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

