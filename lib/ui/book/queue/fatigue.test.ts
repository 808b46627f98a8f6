import { describe, expect, it } from 'vitest';
import { emailsByContact, fatigueOf, fatigueRuleOf } from './fatigue';

const rule = { maxEmails: 3, days: 7 };

describe('the fatigue guard', () => {
  const history = emailsByContact([
    { sentOn: '2026-11-18', recipients: ['Ada@x.com'] },
    { sentOn: '2026-11-20', recipients: ['ada@x.com', 'bo@x.com'] },
    { sentOn: '2026-11-21', recipients: ['ada@x.com'] },
  ]);

  it('stops a send that would be a contact\'s 4th program email in 7 days, and says from when it is fine', () => {
    expect(fatigueOf(['ada@x.com'], '2026-11-23', history, rule)).toEqual({ contact: 'ada@x.com', count: 3, fineFrom: '2026-11-25' });
    // On the 25th the 18th has left the window: two in it, the send is the third.
    expect(fatigueOf(['ada@x.com'], '2026-11-25', history, rule)).toBeNull();
    expect(fatigueOf(['bo@x.com'], '2026-11-23', history, rule)).toBeNull();
  });

  it('is a setting: off, or N in D days', () => {
    expect(fatigueRuleOf({ fatigueEmails: 'off', fatigueDays: '7' })).toBeNull();
    expect(fatigueRuleOf({ fatigueEmails: '2', fatigueDays: '14' })).toEqual({ maxEmails: 2, days: 14 });
    expect(fatigueOf(['bo@x.com'], '2026-11-23', history, { maxEmails: 1, days: 7 })?.fineFrom).toBe('2026-11-27');
  });
});
