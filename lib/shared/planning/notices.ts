/** Sentences the actions show after they ran: what happened on the page and what comes next. */
import type { FillReport } from '../messaging/fill-messages';
import type { Program } from '../programs/types';
import type { RecordResult, StartResult } from '../reminders/results';
import { formatDate } from './format';

export function filledSentence(report: FillReport, then: string): string {
  return report.filled.length ? `Filled ${report.filled.join(', ')}: ${then}` : 'Nothing could be filled.';
}

/** A prefill of Gainsight's Edit Email: what was filled, what of the playbook's own template was kept. */
export function prefillSentence(report: FillReport): string {
  const kept = report.kept?.length ? ` Kept the template's ${report.kept.join(', ')} (its sender and signature too).` : '';
  const catalog = report.fromCatalog?.length ? ` The template had no ${report.fromCatalog.join(' or ')}: the catalog's text was used.` : '';
  const filled = report.filled.length ? `Filled ${report.filled.join(', ')}.` : 'No field was filled.';
  return `${filled}${kept}${catalog} Review the dialog, then Preview and Proceed → Send.`;
}

/** A fill that left something for the user to do (each problem is listed under the sentence). */
export function incompleteSentence(report: FillReport, then: string): string {
  const filled = report.filled.length ? `Filled ${report.filled.join(', ')}; the` : 'Nothing could be filled: the';
  return `${filled} form is not complete yet. ${then}`;
}

export function enrolledSentence(result: StartResult): string {
  const { reminder } = result;
  const started = result.created ? 'Sequence started' : 'Sequence already started';
  return reminder ? `${started}: ${reminder.stepName} due ${formatDate(reminder.dueDate)}.` : `${started}.`;
}

export function sentSentence(program: Program, step: number, result: RecordResult): string {
  const name = program.steps[step]?.name ?? `Email ${step + 1}`;
  const next = result.next ? `Next: ${result.next.stepName}, due ${formatDate(result.next.dueDate)}.` : 'That was the last email of the sequence.';
  return `${program.name}: ${name} recorded as sent. ${next}`;
}
