import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates/iso';
import { GROUP_IDS, groupClassifier, groupSpans, matchesFilter } from './groups';
import { toReminder } from '../../shared/reminders/keys';
import { ACME } from './repository.test-support';

const inSpan = (date: string, span: { after?: string; through?: string }) =>
  (span.after === undefined || date > span.after) && (span.through === undefined || date <= span.through);

describe('groups', () => {
  it('sorts a date into the one group whose span (used for the index counts) holds it', () => {
    const today = '2026-12-29'; // the week crosses a year end
    const spans = groupSpans(today);
    const groupOf = groupClassifier(today);
    const expected: Record<number, string> = { [-400]: 'overdue', [-1]: 'overdue', 0: 'today', 1: 'week', 7: 'week', 8: 'later', 400: 'later' };
    for (let offset = -400; offset <= 400; offset++) {
      const date = addDays(today, offset);
      const holding = GROUP_IDS.filter((id) => inSpan(date, spans[id]));
      expect(holding).toEqual([groupOf(date)]);
      if (offset in expected) expect(groupOf(date)).toBe(expected[offset]);
    }
  });

  it('filters on every word, in account, program or step, ignoring case', () => {
    const reminder = toReminder({
      account: ACME, programId: 'ci', programName: 'CI Adoption', step: 1, stepName: 'Pipelines 101', dueDate: '2026-11-02',
      recipients: [], status: 'pending',
    });
    expect(matchesFilter(reminder, '')).toBe(true);
    expect(matchesFilter(reminder, 'acme pipelines')).toBe(true);
    expect(matchesFilter(reminder, 'ADOPTION')).toBe(true);
    expect(matchesFilter(reminder, 'acme globex')).toBe(false);
  });
});
