/**
 * Finding the Edit Email dialog (Email Task → Validate Email) by its name and role. Apart from the filler
 * so the Cockpit reader, which only watches the dialog, carries no sanitizer.
 */
import type { Root } from '../../dom/walk';
import { findByRole } from './accessible';
import { controlByLabel } from './controls';

export const EMAIL_DIALOG_LABELS = {
  dialog: 'Edit Email',
  to: 'To',
  cc: 'CC',
  subject: 'Subject',
  body: 'Email body',
} as const;

export function findEditEmailDialog(root: Root): HTMLElement | null {
  const dialog = findByRole(root, 'dialog', EMAIL_DIALOG_LABELS.dialog);
  return dialog instanceof HTMLElement ? dialog : null;
}

/** True while the dialog shows its editor (not the preview step, where there is nothing to fill). */
export function isEditing(dialog: HTMLElement): boolean {
  return controlByLabel(dialog, EMAIL_DIALOG_LABELS.subject) !== null;
}

