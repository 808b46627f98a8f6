import { settingFieldId } from '@/lib/shared/settings/field-id';

/** Element ids of a field and its hint and error, so labels and aria-describedby always agree. */
export function fieldIds(name: string) {
  const id = settingFieldId(name);
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

/** aria-describedby: the hint, then the error, leaving out what is not shown. */
export function describedBy(ids: { hint: string; error: string }, hasHint: boolean, hasError: boolean): string | undefined {
  return [hasHint && ids.hint, hasError && ids.error].filter(Boolean).join(' ') || undefined;
}

/** Schema messages read "must not be empty"; next to a field they read as a sentence. */
export const asSentence = (message: string): string => {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
};
