/**
 * Rules a catalog must follow beyond its shape: references resolve, ids are unique, sequences start at
 * day 0 and go forward, templates use known tokens. Each problem names its path, as import errors do.
 */
import { unknownTokens } from './tokens';
import type { Catalog } from './types';

export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const firstIndex = new Map<string, number>();
  catalog.programs.forEach((program, i) => {
    const seen = firstIndex.get(program.id);
    if (seen === undefined) firstIndex.set(program.id, i);
    else problems.push(`programs[${i}].id: duplicate id "${program.id}" (also programs[${seen}])`);
  });

  catalog.programs.forEach((program, i) => {
    const at = `programs[${i}]`;
    program.exclusions.forEach((exclusion, j) => {
      if (exclusion.programId === program.id) {
        problems.push(`${at}.exclusions[${j}].programId: a program cannot exclude itself`);
      } else if (!firstIndex.has(exclusion.programId)) {
        problems.push(`${at}.exclusions[${j}].programId: no program with id "${exclusion.programId}"`);
      }
    });
    program.conditions.forEach((condition, j) => {
      if (condition.kind === 'age' && condition.minDays === undefined && condition.maxDays === undefined && condition.underYears === undefined) {
        problems.push(`${at}.conditions[${j}]: an age condition needs minDays, maxDays or underYears`);
      }
      if (condition.kind === 'age' && condition.minDays !== undefined && condition.maxDays !== undefined && condition.minDays > condition.maxDays) {
        problems.push(`${at}.conditions[${j}].maxDays: must not be less than minDays`);
      }
    });
    const stepIds = new Set<string>();
    program.steps.forEach((step, j) => {
      const stepAt = `${at}.steps[${j}]`;
      if (stepIds.has(step.id)) problems.push(`${stepAt}.id: duplicate step id "${step.id}"`);
      stepIds.add(step.id);
      if (j === 0 && step.offsetDays !== 0) problems.push(`${stepAt}.offsetDays: the first step must be day 0`);
      const previous = program.steps[j - 1];
      if (previous && step.offsetDays < previous.offsetDays) {
        problems.push(`${stepAt}.offsetDays: must not be earlier than the step before (day ${previous.offsetDays})`);
      }
      for (const field of ['subject', 'body'] as const) {
        for (const name of unknownTokens(step[field])) problems.push(`${stepAt}.${field}: unknown token {{${name}}}`);
      }
    });
  });
  return problems;
}
