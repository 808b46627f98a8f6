/**
 * "Start playbook" on a Gainsight page: open the Create CTA form with the page's own button and fill it.
 * A company page without the button (the Cockpit widget is not on every C360 layout) goes to Cockpit's
 * create page instead, leaving the program with the background so that page fills the form.
 */
import type { StartOutcome } from '@/components/sidebar/actions/page-actions';
import type { Account, IsoDate } from '@/lib/accounts/account';
import { fillCreateCta } from '@/lib/adapters/gainsight/cockpit/create-cta';
import { ctaFormValues } from '@/lib/adapters/gainsight/cockpit/cta-values';
import { openCreateCtaForm } from '@/lib/adapters/gainsight/cockpit/open-create-cta';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Program } from '@/lib/programs/types';

/** Long enough for an SPA to open a dialog after a click, short enough to fall back without a wait. */
const FORM_TIMEOUT_MS = 4_000;

export function cockpitCreateUrl(companyId: string): string {
  return `/v1/ui/cockpit?cid=${encodeURIComponent(companyId)}&create=1`;
}

export interface StartContext {
  account: Account;
  today: IsoDate;
  signal: AbortSignal;
  /** Company pages may fall back to Cockpit's create page; a relationship id is not a company id. */
  canNavigate: boolean;
}

export async function fillCtaForm(program: Program, { account, today, signal }: StartContext): Promise<StartOutcome | null> {
  const form = await openCreateCtaForm(document, { signal, timeoutMs: FORM_TIMEOUT_MS });
  return form ? { kind: 'filled', report: fillCreateCta(form, ctaFormValues(program, account, today)) } : null;
}

export async function startPlaybookOnPage(program: Program, context: StartContext): Promise<StartOutcome> {
  const filled = await fillCtaForm(program, context);
  if (filled) return filled;
  if (!context.canNavigate) return { kind: 'unavailable', message: 'This page has no Create CTA button: open Cockpit and create the CTA there.' };
  await sendMessage('cockpit.stashStart', { companyId: context.account.id, programId: program.id });
  location.assign(cockpitCreateUrl(context.account.id));
  return { kind: 'navigating' };
}
