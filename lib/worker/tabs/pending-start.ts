/**
 * A Start is only a wish until its CTA exists. Seed 002's flow is "Select the appropriate playbook …
 * Save the CTA", then the emails: so the enrollment (and its reminders) is recorded once the CSM clicked
 * Save on the form the Start filled (a trusted click, seen by the filler) and Cockpit then shows that
 * CTA, for the same company and the program's playbook. Cancel, a tab closed, or a company the page
 * cannot show drops the start, and nothing was ever recorded.
 */
import type { Account } from '../../shared/accounts/account';
import type { CtaFormClosed } from '../../shared/messaging/page-messages';
import type { MessageSender } from '../../shared/messaging/protocol';
import { enrolledSentence } from '../../shared/planning/notices';
import { programForPlaybook } from '../../shared/planning/match-program';
import { scheduleFromTasks } from '../../shared/planning/cta-steps';
import { toIsoDate } from '../../shared/dates/local';
import type { SequenceInput } from '../../shared/reminders/inputs';
import { thenRefresh } from '../reminders/handlers';
import { repository } from '../../extension/reminders/repository';
import { catalogInUse } from '../../extension/settings/custom-catalog';
import { loadSettings } from '../../extension/settings/stored-settings';
import { orgOfUrl } from '../../shared/urls/record-urls';
import { broadcastToPanels } from '../panel/panel-ports';
import { getTab, setNotice, setPendingStart, type TabRecord } from './tab-records';
import { cockpitDateOrder } from './cta-schedule';

/** Keeps the start in the tab until its CTA is saved; a second Start replaces the first. */
export async function holdStart(tabId: number, account: Account, sequence: SequenceInput): Promise<void> {
  await setPendingStart(tabId, {
    org: account.org, companyId: account.id, programId: sequence.programId, programName: sequence.programName, sequence, saveClicked: false,
  });
}

export async function dropStart(tabId: number): Promise<boolean> {
  const record = await getTab(tabId);
  if (!record?.pendingStart) return false;
  await setPendingStart(tabId, null);
  return true;
}

/** The filler's word on the form: only the tab it runs in, and only its top frame, can speak for it. */
export async function ctaFormClosed(message: CtaFormClosed, sender: MessageSender): Promise<boolean> {
  if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0) return false;
  const record = await getTab(sender.tabId);
  const pending = record?.pendingStart;
  if (!record || !pending) return false;
  if (message?.outcome === 'saved') {
    await setPendingStart(record.tabId, { ...pending, saveClicked: true });
    await confirmSavedCta(record.tabId);
    return true;
  }
  if (message?.outcome !== 'closed' || pending.saveClicked) return false;
  await setPendingStart(record.tabId, null);
  setNotice(record, `The CTA for ${pending.programName} was not saved: nothing was started.`);
  return true;
}

/** The sequence as the saved CTA schedules it: its Email Tasks' names and dates, else the catalog's steps. */
async function sequenceOfCta(record: TabRecord, sequence: SequenceInput): Promise<{ input: SequenceInput; fromTasks: boolean }> {
  const today = toIsoDate(new Date());
  const schedule = scheduleFromTasks(record.lastCta?.tasks ?? [], today, await cockpitDateOrder());
  return schedule ? { input: { ...sequence, ...schedule }, fromTasks: true } : { input: { ...sequence, startedOn: today }, fromTasks: false };
}

/** Records the pending start once the tab shows its saved CTA; does nothing before that. */
export async function confirmSavedCta(tabId: number): Promise<void> {
  const record = await getTab(tabId);
  const pending = record?.pendingStart;
  const cta = record?.lastCta;
  const page = record?.page;
  if (!record || !pending?.saveClicked || !cta?.playbook || page?.site !== 'gainsight' || page.kind !== 'cockpit' || !page.ctaId) return;
  if (orgOfUrl(record.url) !== pending.org || (page.companyId ?? cta.companyId) !== pending.companyId) return;
  const { catalog } = await catalogInUse(await loadSettings());
  if (programForPlaybook(catalog, cta.playbook)?.id !== pending.programId) return;
  await setPendingStart(tabId, null);
  const { input, fromTasks } = await sequenceOfCta(record, pending.sequence);
  try {
    const enrolled = await thenRefresh(repository().startSequence(input));
    const source = fromTasks ? 'The reminders follow the CTA\'s Email Tasks.' : 'Cockpit shows no Email Tasks on this CTA: the reminders follow the catalog\'s steps.';
    setNotice(record, `${enrolledSentence(enrolled)} ${source}`);
  } catch (error) {
    setNotice(record, `The CTA is saved, but its reminders were not recorded: ${error instanceof Error ? error.message : String(error)}.`);
  }
  broadcastToPanels({ type: 'history-changed' });
}
