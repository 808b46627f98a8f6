/**
 * Stored settings that did not validate, in the user's words: on the field itself, and as one notice
 * listing them all (some, like the domain list, have no text field of their own).
 */
import type { StoredProblem, StoredProblems } from '@/lib/extension/settings/stored-settings';
import type { Notice } from './types';

const PREVIEW = 60;

/** The stored value, short and as text (React renders it as text, never as markup). */
function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}

export function storedProblemText(problem: StoredProblem): string {
  return `the saved value “${preview(problem.stored)}” ${problem.message}, so the default is used until you change this field`;
}

export function storedProblemsNotice(problems: StoredProblems): Notice | null {
  const paths = Object.keys(problems);
  if (paths.length === 0) return null;
  return {
    kind: 'error',
    text: `${paths.length === 1 ? 'One saved setting is' : `${paths.length} saved settings are`} not valid in this version and fall${paths.length === 1 ? 's' : ''} back to the default. The rest of your settings are used as saved, and the saved value is kept until you change it:`,
    details: paths.map((path) => `${path}: ${storedProblemText(problems[path]!)}`),
  };
}
