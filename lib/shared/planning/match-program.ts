/** Which catalog program a CTA's playbook is, and which of its steps an Email Task is. */
import type { Catalog, Program } from '../programs/types';
import { bestNameMatch, normaliseName, ordinalOf } from './names';

/** Names a program may go by in a tenant: its playbook, its own name, its aliases. */
export function playbookNames(program: Program): string[] {
  return [program.playbook, program.name, ...(program.aliases ?? [])];
}

export function programForPlaybook(catalog: Catalog, playbook: string): Program | null {
  for (const program of catalog.programs) {
    if (playbookNames(program).some((n) => normaliseName(n) === normaliseName(playbook))) return program;
  }
  return bestNameMatch(catalog.programs, (p) => p.playbook, [playbook]);
}

/**
 * The step an Email Task stands for: the step of the same name, else the step at the task's ordinal
 * ("Email 2: …" is the second step); null when neither tells, so the sidebar falls back to the next due step.
 */
export function stepForTask(program: Program, taskName: string): number | null {
  const byName = program.steps.findIndex((s) => normaliseName(s.name) === normaliseName(taskName));
  if (byName >= 0) return byName;
  const ordinal = ordinalOf(taskName);
  return ordinal !== null && ordinal >= 1 && ordinal <= program.steps.length ? ordinal - 1 : null;
}
