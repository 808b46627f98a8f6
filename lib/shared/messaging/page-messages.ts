/**
 * What host-page readers tell the background. Plain data only: these cross from pages we do not
 * control, so the background checks every field before it keeps anything.
 */
import type { Account } from '../accounts/account';
import type { DateOrder } from '../dates';

/** One Email Task of a CTA, as Cockpit's task list shows it: its name and its due date's text. */
export interface CtaTaskInfo {
  name: string;
  due: string | null;
}

/** What a Cockpit CTA page says about itself (read by label and role). */
export interface CtaInfo {
  companyId: string | null;
  companyName: string | null;
  playbook: string | null;
  /** The open Email Task's name, as its details heading shows it. */
  taskName: string | null;
  /** The CTA's Email Tasks in the order Cockpit lists them. */
  tasks: CtaTaskInfo[];
}

/**
 * How the Create CTA form a Start filled was closed: after a trusted click on its Save, or any other
 * way (Cancel, Escape, the page taking it away). The background decides what that means.
 */
export interface CtaFormClosed {
  url: string;
  outcome: 'saved' | 'closed';
}

/** The Edit Email dialog open on a Cockpit page, as the page names its task. */
export interface OpenDialogInfo {
  taskName: string | null;
}

/**
 * The document a reading comes from (its `performance.timeOrigin`): a client-side move keeps the
 * document, a page load starts a new one.
 */
export type DocumentId = number;

export type PageSnapshot =
  /** A Customer360 page: `complete` once every part the reader looks for has rendered (or it gave up waiting). */
  | { kind: 'c360'; url: string; document: DocumentId; account: Account | null; complete: boolean }
  /** A Lightning record page read from the page because the org refuses the REST API. */
  | { kind: 'lightning'; url: string; document: DocumentId; account: Account | null; complete: boolean }
  /** A Cockpit page: the CTA it shows (null on the create page) and the Edit Email dialog, when open. */
  | { kind: 'cockpit'; url: string; document: DocumentId; cta: CtaInfo | null; dialog: OpenDialogInfo | null };

/** A Send clicked by the user (a trusted event) in the Edit Email dialog, which then closed. */
export interface DetectedSend {
  url: string;
  playbook: string | null;
  taskName: string | null;
}

/** Only what a page reader needs from the settings. */
export interface ReaderSettings {
  labels: Record<string, string>;
  /** The setting as stored: 'auto' is resolved in the page, with the page's own locale. */
  dateOrder: DateOrder | 'auto';
  /**
   * The company this tab showed before a client-side move: while the page still shows it, the new
   * record has not rendered yet, and nothing is read.
   */
  previousName?: string | null;
}

/** Options → Gainsight: the labels the open Customer360 page shows, or why there are none. */
export type PageLabelsResult = { ok: true; url: string; labels: string[] } | { ok: false; message: string };
