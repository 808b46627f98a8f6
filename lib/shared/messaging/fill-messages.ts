/**
 * What the background asks of a host page's form fillers, on the side panel's behalf, and what they
 * answer. The panel composes and sanitizes; the fillers only put values into the host's own controls.
 */

import type { DateOrder } from '../dates';

/** The Create CTA form's values for a program on an account. */
export interface CtaFormToFill {
  company: { id: string; name: string };
  type: string;
  name: string;
  /** Reasons in order of preference; the first one the tenant offers is taken. */
  reasons: readonly string[];
  dueDate: string;
  /** Names the program's playbook may go by in the tenant. */
  playbookNames: readonly string[];
  /**
   * The user's date-order setting, for a date field that does not say its format; on "auto" (or absent)
   * the order the page's own dates prove, else the browser's language's.
   */
  dateOrder?: DateOrder | 'auto';
}

/** One email of a sequence, sanitized by the panel (the filler sanitizes again at the page boundary). */
export interface EmailToFill {
  to: readonly string[];
  cc: readonly string[];
  subject: string;
  html: string;
  /** Plain-text token values for the tokens the dialog's own template left unresolved. */
  values: Readonly<Record<string, string>>;
  /** Tokens the catalog's text had no value for: it is never filled in place of an empty template then. */
  unresolved?: readonly string[];
}

/** An Email Task of the saved CTA and the date the catalog gives its step. */
export interface TaskDueToSet {
  name: string;
  due: string;
}

/** Which fields were filled, and a sentence for each one that could not be. */
export interface FillReport {
  filled: string[];
  problems: string[];
  kept?: string[];
  fromCatalog?: string[];
}

export type FillOutcome =
  | { kind: 'filled'; report: FillReport }
  /** The tab is being taken to Cockpit's create page, which is filled once it opens. */
  | { kind: 'navigating' }
  /** `moved`: the tab left the page the record was read from, so nothing was tried there. */
  | { kind: 'unavailable'; message: string; moved?: true };

/** Commands the background sends to the scripts it injected into a tab (tabs.sendMessage). */
export type TabCommand =
  | { type: 'fill.createCta'; form: CtaFormToFill }
  | { type: 'fill.emailDialog'; email: EmailToFill }
  /** The saved CTA's Email Tasks' due dates, on the user's click in the panel (each date is saved by Cockpit as it is picked). */
  | { type: 'fill.taskDates'; tasks: readonly TaskDueToSet[]; dateOrder?: DateOrder | 'auto' };
