import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format, parseISO, setHours } from 'date-fns';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, nthWeekdayOfMonth, nextNthWeekday, weekdayOf } from './iso';
import { civilFromDay, dayFromCivil, dayFromIso, daysInMonth, isoFromDay } from './days';
import { localNoon, toIsoDate } from './local';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// Zones with DST (both hemispheres), a half-hour DST shift, and one that skipped a whole day (Apia, 2011-12-30).
// Value: the zone's UTC offset in January 2026 as `getTimezoneOffset` reports it, to prove the zone took effect.
const ZONES: Record<string, number> = {
  'America/New_York': 300, 'Europe/Berlin': -60, 'Australia/Lord_Howe': -660, 'Pacific/Apia': -780, UTC: 0,
};

/** date-fns on local-noon dates is the oracle; noon keeps it clear of DST switches. */
const noon = (iso: string) => setHours(parseISO(iso), 12);
const oracleAdd = (iso: string, n: number) => format(fnsAddDays(noon(iso), n), 'yyyy-MM-dd');

describe('day numbers', () => {
  it('round-trips every day from 1899 to 2101, each the calendar day after the one before', () => {
    const failures: number[] = [];
    let previous = civilFromDay(dayFromCivil(1898, 12, 31));
    for (let d = dayFromCivil(1899, 1, 1); d <= dayFromCivil(2101, 12, 31); d++) {
      const civil = civilFromDay(d);
      const roundTrips = dayFromCivil(civil.year, civil.month, civil.day) === d && dayFromIso(isoFromDay(d)) === d;
      const follows = (civil.day === previous.day + 1 && civil.month === previous.month) ||
        (civil.day === 1 && civil.month === (previous.month % 12) + 1 && previous.day === daysInMonth(previous.year, previous.month));
      if (!roundTrips || !follows) failures.push(d);
      previous = civil;
    }
    expect(failures).toEqual([]);
  });
  it('matches the Unix epoch and known dates', () => {
    expect(dayFromIso('1970-01-01')).toBe(0);
    expect(dayFromIso('2000-03-01')).toBe(11017);
    expect(isoFromDay(-1)).toBe('1969-12-31');
  });
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-01', '2026-01-01T00:00', ''])(
    'rejects %j', (text) => {
      expect(dayFromIso(text)).toBeNull();
      expect(isIsoDate(text)).toBe(false);
    },
  );
  it('accepts leap days only in leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });
});

describe.each(Object.keys(ZONES))('calendar arithmetic does not depend on the time zone (TZ=%s)', (zone) => {
  it('the zone is really in effect', () => {
    process.env.TZ = zone;
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(ZONES[zone]);
    if (zone === 'America/New_York') {
      // Midnight-based arithmetic would slip here: 2026-03-08 is 23 hours long.
      expect(new Date(2026, 2, 9).getTime() - new Date(2026, 2, 8).getTime()).toBe(23 * 3600 * 1000);
    }
  });

  it.each([
    ['2026-03-07', 1, '2026-03-08'], // New York springs forward on 2026-03-08
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-01', 14, '2026-03-15'],
    ['2026-10-31', 1, '2026-11-01'], // and falls back on 2026-11-01
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-10-25', 14, '2026-11-08'],
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-01-31', 1, '2026-02-01'], // month and year ends
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-09', -2, '2026-03-07'],
    ['2011-12-29', 1, '2011-12-30'],
  ])('addDays(%s, %i) = %s', (from, n, expected) => {
    process.env.TZ = zone;
    expect(addDays(from, n)).toBe(expected);
    expect(daysBetween(from, expected)).toBe(n);
  });

  it('agrees with date-fns for every day of 2026–2028 and offsets up to ±400 days', () => {
    process.env.TZ = zone;
    if (zone === 'Pacific/Apia') return; // its skipped day is outside this range; covered by the table above
    for (let d = dayFromCivil(2026, 1, 1); d <= dayFromCivil(2028, 12, 31); d += 3) {
      const iso = isoFromDay(d);
      for (const n of [1, 2, 30, 120, -120, 400]) {
        const expected = oracleAdd(iso, n);
        expect(addDays(iso, n)).toBe(expected);
        expect(daysBetween(iso, expected)).toBe(differenceInCalendarDays(noon(expected), noon(iso)));
      }
    }
  });

  it('addMonths clamps to month ends like date-fns', () => {
    process.env.TZ = zone;
    for (const iso of ['2026-01-31', '2026-08-31', '2027-08-31', '2028-02-29', '2026-03-08', '2026-11-01']) {
      for (const n of [1, 6, 12, -6, 18]) {
        expect(addMonths(iso, n)).toBe(format(fnsAddMonths(noon(iso), n), 'yyyy-MM-dd'));
      }
    }
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('localNoon gives noon of that local day, on DST days too', () => {
    process.env.TZ = zone;
    for (const iso of ['2026-03-08', '2026-11-01', '2028-02-29', '0050-06-01']) {
      const date = localNoon(iso);
      expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([...iso.split('-').map(Number), 12]);
      expect(toIsoDate(date)).toBe(iso);
    }
  });

  it('toIsoDate reads the local calendar day of an instant', () => {
    process.env.TZ = zone;
    const instant = new Date('2026-11-01T03:30:00Z');
    const local = new Date(instant.getFullYear(), instant.getMonth(), instant.getDate());
    expect(toIsoDate(instant)).toBe(format(local, 'yyyy-MM-dd'));
    if (zone === 'America/New_York') expect(toIsoDate(instant)).toBe('2026-10-31');
  });
});

describe('weekdays', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-01-23')).toBe(5); // a Friday
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });

  it.each([
    [2026, 1, 4, 5, '2026-01-23'], // January 2026 has five Fridays: the 4th is not the last
    [2026, 1, 5, 5, '2026-01-30'],
    [2026, 2, 4, 5, '2026-02-27'],
    [2026, 2, 5, 5, null], // February 2026 has four Fridays
    [2028, 2, 5, 2, '2028-02-29'], // the leap day is February 2028's 5th Tuesday
    [2026, 5, 1, 5, '2026-05-01'], // month starts on the weekday itself
    [2026, 11, 4, 5, '2026-11-27'],
  ] as const)('nthWeekdayOfMonth(%i, %i, %i, %i) = %s', (year, month, n, weekday, expected) => {
    expect(nthWeekdayOfMonth(year, month, n, weekday)).toBe(expected);
  });

  it.each([
    ['2026-01-22', '2026-01-23'], // day before the 4th Friday
    ['2026-01-23', '2026-01-23'], // the day itself
    ['2026-01-24', '2026-02-27'], // day after: next month's
    ['2026-12-26', '2027-01-22'], // across a year end
  ])('nextNthWeekday(%s, 4, Friday) = %s', (today, expected) => {
    expect(nextNthWeekday(today, 4, 5)).toBe(expected);
  });

  it('skips months without a 5th weekday', () => {
    expect(nextNthWeekday('2026-01-31', 5, 5)).toBe('2026-05-29');
  });
});
