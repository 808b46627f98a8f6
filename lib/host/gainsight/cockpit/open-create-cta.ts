/** Opens the Create CTA form the way a CSM does: the page's "+ CTA" (C360) or "Create CTA" (Cockpit) button. */
import type { Root } from '../../dom/walk';
import { findButton } from './accessible';
import { findCreateCtaDialog } from './create-cta';
import { waitFor } from '../../dom/observe';

export interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export const CREATE_CTA_BUTTONS = ['+ CTA', 'Create CTA', 'Add CTA'] as const;

/** The open form, opening it when needed; null when the page has no such button or the form never showed. */
export async function openCreateCtaForm(root: Root, options: WaitOptions = {}): Promise<HTMLElement | null> {
  const open = findCreateCtaDialog(root);
  if (open) return open;
  const button = findButton(root, CREATE_CTA_BUTTONS);
  if (!button) return null;
  button.click();
  return waitFor(() => findCreateCtaDialog(root), options);
}
