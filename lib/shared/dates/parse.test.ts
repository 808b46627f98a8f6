import { describe, expect, it } from 'vitest';
import { orderProvenBy, parseDisplayDate, type DateOrder } from './parse';

describe('parseDisplayDate', () => {
  it.each<[string, DateOrder, string | null]>([
    ['2026-11-23', 'MDY', '2026-11-23'],
    ['2026-11-23', 'DMY', '2026-11-23'],
    ['2026-11-23', 'YMD', '2026-11-23'],
    ['2026/11/23', 'YMD', '2026-11-23'],
    ['2026.1.5', 'DMY', '2026-01-05'],
    ['11/23/2026', 'MDY', '2026-11-23'],
    ['11/23/2026', 'DMY', null], // no 23rd month: impossible, not reinterpreted
    ['23.11.2026', 'DMY', '2026-11-23'],
    ['23/11/2026', 'DMY', '2026-11-23'],
    ['23.11.2026', 'MDY', null],
    ['03/04/2026', 'MDY', '2026-03-04'],
    ['03/04/2026', 'DMY', '2026-04-03'],
    ['03/04/2026', 'YMD', null], // ambiguous and the setting does not say
    ['3/4/2026', 'MDY', '2026-03-04'],
    ['Nov 23, 2026', 'DMY', '2026-11-23'],
    ['Nov. 23, 2026', 'MDY', '2026-11-23'],
    ['November 23, 2026', 'YMD', '2026-11-23'],
    ['november 23 2026', 'MDY', '2026-11-23'],
    ['23 Nov 2026', 'MDY', '2026-11-23'],
    ['23 November 2026', 'DMY', '2026-11-23'],
    ['23-Nov-2026', 'DMY', '2026-11-23'],
    ['23. Nov. 2026', 'MDY', '2026-11-23'],
    ['2026. 11. 23.', 'MDY', '2026-11-23'],
    ['2026.11.23', 'DMY', '2026-11-23'],
    ['2026. 11/23', 'MDY', null], // mixed separators
    ['23.. Nov 2026', 'MDY', null],
    ['Mon, Nov 23, 2026', 'MDY', '2026-11-23'],
    ['Sept 1, 2026', 'MDY', '2026-09-01'],
    ['  Nov 23, 2026 ', 'MDY', '2026-11-23'],
    ['Feb 29, 2028', 'MDY', '2028-02-29'],
    ['Feb 29, 2027', 'MDY', null],
    ['02/30/2026', 'MDY', null],
    ['31.04.2026', 'DMY', null],
    ['2026-02-30', 'YMD', null],
    ['11/23/26', 'MDY', null], // two-digit year: century unknown
    ['11/23-2026', 'MDY', null], // mixed separators
    ['Novembre 23, 2026', 'MDY', null],
    ['constructor 1, 2026', 'MDY', null],
    ['—', 'MDY', null],
    ['', 'MDY', null],
    ['N/A', 'DMY', null],
    ['2026-11-23T10:00:00Z', 'MDY', null],
  ])('%j (%s) → %j', (text, order, expected) => {
    expect(parseDisplayDate(text, order)).toBe(expected);
  });

  it('asks for the order only when a date is numeric with the year last (finding it may scan the whole page)', () => {
    const asked: string[] = [];
    const dayFirst = () => {
      asked.push('asked');
      return 'DMY' as const;
    };
    for (const unambiguous of ['2026-11-23', 'Nov 23, 2026', '23. Nov. 2026', '2026. 11. 23.', '—']) parseDisplayDate(unambiguous, dayFirst);
    expect(asked).toEqual([]);
    expect(parseDisplayDate('03/04/2026', dayFirst)).toBe('2026-04-03');
    expect(asked).toEqual(['asked']);
  });
});

describe('orderProvenBy', () => {
  it.each<[string, 'MDY' | 'DMY' | null]>([
    ['Renewal Date 23/11/2026', 'DMY'],
    ['Customer Since 23.11.2026 Renewal Date 03.04.2027', 'DMY'],
    ['Renewal Date 11/23/2026 and 03/04/2026', 'MDY'],
    ['03/04/2026 and 05/06/2027', null], // every date reads both ways: nothing proven
    ['23/11/2026 next to 11/23/2026', null], // the page contradicts itself
    ['Nov 23, 2026 and 2026-11-23', null],
    ['version 1.23.2026.5, 10.0.13.2026', null], // not dates: part of longer dotted numbers
    ['32/01/2026 and 01/32/2026', null], // no 32nd day: neither order
    ['Renewed on 23.11.2026. Next: 03.04.2027.', 'DMY'], // a sentence may end right after a date
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(orderProvenBy(text)).toBe(expected);
  });
});
