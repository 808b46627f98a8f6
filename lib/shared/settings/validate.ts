import { settingsSchema, type Settings } from './schema';

/**
 * Validates settings as the user typed them. Errors are keyed by dotted path ("salesforce.roleField")
 * so each can be shown next to its own field; the parsed value is what gets saved (trimmed, defaulted).
 */
export type FieldErrors = Readonly<Record<string, string>>;

export type Validation = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function validateSettings(draft: unknown): Validation {
  const parsed = settingsSchema.safeParse(draft);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Record<string, string> = {};
  // The first problem of a field is the one to fix first; later ones often repeat it.
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}
