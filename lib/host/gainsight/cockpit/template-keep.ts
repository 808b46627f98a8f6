/**
 * The playbook's own email, as Validate Email opened it: Gainsight owns its subject, body, sender, CC and
 * signature (seed 002: the CSM "can choose contacts and modify the email before sending it"). What the
 * extension adds is only the tokens Gainsight left unresolved, filled with the panel's values. A template
 * field that is empty takes the catalog's text instead, and says so.
 */
import { escapeHtml } from '../../../shared/email/escape';
import { fillTokens, type TokenValues } from '../../../shared/email/fill-tokens';
import { STRAY } from '../../../shared/email/leftover-tokens';
import { textOf } from '../../dom/walk';

export interface TemplateText {
  /** What the field will hold: the template's own text with its tokens filled, or the catalog's. */
  value: string;
  source: 'template' | 'catalog';
}

export interface KeptEmail {
  subject: TemplateText;
  html: TemplateText;
  /** Tokens of the template with no value: nothing is filled until they are set or removed. */
  unresolved: string[];
}

const noEncoding = (value: string) => value;

/** The dialog's subject and body text (`bodyHtml` as its editor holds it) against the catalog's fallbacks. */
export function keepTemplate(
  current: { subject: string; bodyHtml: string; bodyText: string },
  catalog: { subject: string; html: string },
  values: TokenValues,
): KeptEmail {
  const subject = current.subject.trim() ? fillTokens(current.subject, values, noEncoding) : null;
  const body = current.bodyText.trim() ? fillTokens(current.bodyHtml, values, escapeHtml) : null;
  const unresolved = [...new Set([...(subject?.unresolved ?? []), ...(body?.unresolved ?? [])])];
  return {
    subject: subject ? { value: subject.text, source: 'template' } : { value: catalog.subject, source: 'catalog' },
    html: body ? { value: body.text, source: 'template' } : { value: catalog.html, source: 'catalog' },
    unresolved,
  };
}

/** The sentence that refuses a fill: which tokens, and where their values come from. */
export function unresolvedProblem(unresolved: readonly string[], usesCatalog = false): string {
  const tokens = [...new Set(unresolved)].filter((n) => n !== STRAY).map((n) => `{{${n}}}`);
  const named = tokens.length ? `no value for ${tokens.join(', ')}` : 'stray {{ or }} braces';
  const where = usesCatalog ? "The dialog's template is empty and the catalog's text has" : 'The template in the dialog has';
  return `${where} ${named}: set it, or remove it from the dialog, then prefill again. Nothing was filled.`;
}

export const editorText = (editor: HTMLElement): string => textOf(editor);
