// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Program } from '../programs/types';
import { settingsSchema } from '../settings/schema';
import { composeEmail } from './compose';
import { eventValues } from './event-values';
import { settingFieldFor } from './token-settings';
import { CURRENT_CATALOG } from '../programs/catalog-current';

const lab = CURRENT_CATALOG.programs.find((p): p is Program => p.trigger.kind === 'event')!;
const event = lab.trigger.kind === 'event' ? lab.trigger : null;

describe("an event invitation's values", () => {
  it('names the event, its next entered date in words, and the link the user entered; nothing for what is missing', () => {
    const programs = { eventDates: { [event!.event]: ['2026-12-20', '2026-11-30', '2027-01-17'] }, eventLinks: { [event!.event]: 'https://events.gitlab.example/lab' } };
    expect(eventValues(lab, programs, '2026-12-07', 'en-US')).toEqual({ 'event.name': event!.name, 'event.date': 'December 20, 2026', 'event.url': 'https://events.gitlab.example/lab' });
    expect(eventValues(lab, { eventDates: {}, eventLinks: {} }, '2026-12-07')).toEqual({ 'event.name': event!.name, 'event.date': undefined, 'event.url': undefined });
    const other = CURRENT_CATALOG.programs.find((p) => p.trigger.kind !== 'event')!;
    expect(eventValues(other, programs, '2026-12-07')).toEqual({});
  });

  it('is copied once the link is there, and until then names {{event.url}} with the way to the link in Options', () => {
    const step = lab.steps[0]!;
    const base = { program: lab, step, account: { name: 'Acme', fields: {} as never }, recipients: [{ contact: { name: 'Ada', email: 'ada@acme.example', roles: [], soldTo: false, enablementEnrollment: [], permission: null } }] as never, recipientWarnings: [], sender: settingsSchema.parse({ sender: { name: 'Casey', email: 'casey@gitlab.example', title: 'CSM' } }).sender };
    const dates = { [event!.event]: ['2026-12-20'] };
    const waiting = composeEmail({ ...base, eventValues: eventValues(lab, { eventDates: dates, eventLinks: {} }, '2026-12-07') });
    expect(waiting.unresolved).toContain('event.url');
    expect(settingFieldFor('event.url', { kind: lab.sender, programId: lab.id, event: event!.event })).toBe(`field-programs-eventLinks-${event!.event}`);
    const ready = composeEmail({ ...base, eventValues: eventValues(lab, { eventDates: dates, eventLinks: { [event!.event]: 'https://events.gitlab.example/lab' } }, '2026-12-07') });
    expect(ready.unresolved).toEqual([]);
    expect(ready.html).toContain('href="https://events.gitlab.example/lab"');
  });

  it('takes only an https:// link', () => {
    expect(settingsSchema.safeParse({ programs: { eventLinks: { 'ci-lab': 'javascript:alert(1)' } } }).success).toBe(false);
    expect(settingsSchema.safeParse({ programs: { eventLinks: { 'ci-lab': 'http://x.example' } } }).success).toBe(false);
    expect(settingsSchema.safeParse({ programs: { eventLinks: { 'ci-lab': 'https://x.example/r?id=1' } } }).success).toBe(true);
  });
});
