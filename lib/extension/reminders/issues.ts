/** zod issues in words a person can act on: `reminders[2].dueDate: expected a date like 2026-11-23`. */
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

export function formatIssues(error: z.ZodError, root: string, limit = 20): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${formatPath(issue.path) || root}: ${issue.message}`);
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more problems`);
  return lines;
}
