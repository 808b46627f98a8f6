/**
 * What the background knows about the record in a tab, pushed to every side panel bound to that tab
 * over a runtime Port. The panel plans from it; it never reads a host page itself.
 */
import type { Account } from '../accounts/account';
import type { RecordPage } from '../urls/record-urls';

/** The port a side panel opens to the background. */
export const PANEL_PORT = 'panel';

/** The Edit Email dialog open on a Cockpit CTA page, matched to a catalog program and step when it can be. */
export interface OpenDialog {
  programId: string | null;
  stepIndex: number | null;
  taskName: string | null;
}

/** Where the saved CTA's Email Tasks and the catalog's steps disagree on dates: one line for the panel. */
export interface TaskDatesView {
  line: string;
  /** The tasks pair with the steps, so the panel can set them to the catalog's dates. */
  canSet: boolean;
}

export interface CockpitContext {
  /** The CTA's playbook as the page names it, and the catalog program it is (null: none of them). */
  playbook: string | null;
  programId: string | null;
  dialog: OpenDialog | null;
  taskDates?: TaskDatesView;
}

/** How a missing GitLab Admin can be fixed from here. */
export type AdminFixRoute =
  /** The account was read through the REST API: the panel can add the role in one click. */
  | { kind: 'one-click'; signInUrl?: string }
  /** Read from the page because the org refuses the API: the user edits the contact in Salesforce. */
  | { kind: 'in-salesforce' }
  /** Customer360: the steps there, and a link to the account in Salesforce when its org is known. */
  | { kind: 'in-gainsight'; salesforceUrl?: string };

export type TabView =
  /** Not a page the extension works on. */
  | { status: 'not-a-record' }
  | { status: 'loading'; message?: string }
  | { status: 'error'; title: string; message: string; action?: { label: string; href: string } }
  | {
      status: 'ready';
      account: Account;
      /** The page is still rendering: what is missing may yet appear. */
      reading: boolean;
      /** How the data was read, when the user should know (e.g. from the page because the API was refused). */
      notice?: string;
      adminFix: AdminFixRoute;
      /** The page can open the Create CTA form (C360 company pages, Cockpit's create page). */
      canStart: boolean;
      cockpit?: CockpitContext;
    };

/**
 * A Start the CSM made in this tab whose CTA is not saved yet: nothing is recorded until Cockpit shows
 * the saved CTA (seed 002: "Save the CTA" comes before any email is sent).
 */
export interface PendingStartView {
  programId: string;
  programName: string;
  /** The CSM clicked Save on the filled form; the CTA is not shown by Cockpit yet. */
  saveClicked: boolean;
}

export interface TabState {
  tabId: number;
  page: RecordPage | null;
  view: TabView;
  pendingStart?: PendingStartView;
}

export type PanelToBackground = { type: 'bind'; tabId: number };

export type BackgroundToPanel =
  | { type: 'state'; state: TabState }
  /** Reminders or sends changed (a detected send, another window): plan again. */
  | { type: 'history-changed' };
