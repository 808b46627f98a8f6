import { describe, expect, it } from 'vitest';
import { calendarOf, nextWorkday, workdayOf } from './workdays';

// 2026-11-27 is a Friday.
describe('the CSM calendar', () => {
  it('moves a send due on a weekend to Monday, or to Friday, as set', () => {
    const after = calendarOf({ workweek: 'mon-fri', offDays: 'after' });
    const before = calendarOf({ workweek: 'mon-fri', offDays: 'before' });
    expect(workdayOf(after, '2026-11-28')).toBe('2026-11-30');
    expect(workdayOf(after, '2026-11-29')).toBe('2026-11-30');
    expect(workdayOf(before, '2026-11-28')).toBe('2026-11-27');
    expect(workdayOf(before, '2026-11-29')).toBe('2026-11-27');
    expect(workdayOf(after, '2026-11-27')).toBe('2026-11-27');
  });

  it('follows another workweek, and offers the next workday', () => {
    const sunThu = calendarOf({ workweek: 'sun-thu', offDays: 'after' });
    expect(workdayOf(sunThu, '2026-11-27')).toBe('2026-11-29');
    expect(nextWorkday(calendarOf({ workweek: 'mon-fri', offDays: 'after' }), '2026-11-27')).toBe('2026-11-30');
    expect(nextWorkday(sunThu, '2026-11-26')).toBe('2026-11-29');
    expect(nextWorkday(calendarOf({ workweek: 'all', offDays: 'after' }), '2026-11-28')).toBe('2026-11-29');
  });
});
