/** Opens the Create CTA form the way a CSM does: the page's "+ CTA" (C360) or "Create CTA" (Cockpit) button. */
import type { Root } from '../../dom/walk';
import { findButton } from './accessible';
import { findCreateCtaDialog } from './create-cta';
import { waitFor } from '../../dom/observe';

export interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * The page may not have rendered yet: wait (within the time limit) for the form or its button to show.
   * Cockpit always has a Create CTA button once rendered, and its create page opens the form by itself
   * once its data arrived, which can be after the extension came to fill it. A C360 layout may have no
   * button at all, and there a Start falls back to Cockpit at once instead of waiting.
   */
  untilRendered?: boolean;
}

export const CREATE_CTA_BUTTONS = ['+ CTA', 'Create CTA', 'Add CTA'] as const;

/** The open form, opening it when needed; null when the page has no such button or the form never showed. */
export async function openCreateCtaForm(root: Root, options: WaitOptions = {}): Promise<HTMLElement | null> {
  if (options.untilRendered) await waitFor(() => findCreateCtaDialog(root) ?? findButton(root, CREATE_CTA_BUTTONS), options);
  const open = findCreateCtaDialog(root);
  if (open) return open;
  const button = findButton(root, CREATE_CTA_BUTTONS);
  if (!button) return null;
  button.click();
  return waitFor(() => findCreateCtaDialog(root), options);
}
