/**
 * dayFromIso reads dates of 1900–2299 from tables and others by arithmetic (days.ts): both must agree on
 * every day, above all where the tables end. days.test.ts checks 1899–2101 against date-fns.
 */
import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, dayFromIso, isoFromCivil } from './days';

const isoOf = (day: number): string => {
  const { year, month, day: d } = civilFromDay(day);
  return isoFromCivil(year, month, d);
};

describe('day numbers from the tables and from arithmetic', () => {
  it.each([[1890, 1910], [2280, 2320], [1, 12], [9990, 9999]])('agree on every day from %i to %i', (from, to) => {
    const wrong: string[] = [];
    for (let day = dayFromCivil(from, 1, 1); day <= dayFromCivil(to, 12, 31); day++) {
      if (dayFromIso(isoOf(day)) !== day) wrong.push(isoOf(day));
    }
    expect(wrong).toEqual([]);
  });

  it('knows which years at the tables\' ends have a leap day', () => {
    expect(dayFromIso('2296-02-29')).toBe(dayFromCivil(2296, 2, 29));
    expect(dayFromIso('2300-02-29')).toBeNull();
    expect(dayFromIso('1900-02-29')).toBeNull();
    expect(dayFromIso('2000-02-29')).toBe(dayFromCivil(2000, 2, 29));
  });

  it.each(['2026-0a-01', '2026-01-3x', '20z6-01-01', '2026-01-00', '2026-00-01', '2026-02-29'])('rejects %j', (text) => {
    expect(dayFromIso(text)).toBeNull();
  });
});
