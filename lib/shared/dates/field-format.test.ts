import { describe, expect, it } from 'vitest';
import { describeFormat, formatFromExample, formatFromOrder, formatFromPattern, formatFromPlaceholder, formatIsoFor } from './field-format';

const shown = (f: ReturnType<typeof formatFromPlaceholder>) => (f ? `${describeFormat(f)} ${formatIsoFor('2026-03-07', f)}` : null);

describe('a date field\'s own format', () => {
  it('is read from a placeholder that spells out its parts', () => {
    expect(shown(formatFromPlaceholder('MM/DD/YYYY'))).toBe('MM/DD/YYYY 03/07/2026');
    expect(shown(formatFromPlaceholder('dd.mm.yyyy'))).toBe('DD.MM.YYYY 07.03.2026');
    expect(shown(formatFromPlaceholder('YYYY-MM-DD'))).toBe('YYYY-MM-DD 2026-03-07');
    expect(shown(formatFromPlaceholder('M/D/YY'))).toBe('M/D/YY 3/7/26');
  });

  it('is not guessed from a placeholder that is not a format', () => {
    expect(formatFromPlaceholder('Select a date')).toBeNull();
    expect(formatFromPlaceholder('MM/MM/YYYY')).toBeNull();
    expect(formatFromPlaceholder('MM/DD/YYY')).toBeNull();
  });

  it('takes the year\'s place and the separator from a pattern, and the month\'s place from the page', () => {
    expect(shown(formatFromPattern(String.raw`\d{2}/\d{2}/\d{4}`, 'MDY'))).toBe('MM/DD/YYYY 03/07/2026');
    expect(shown(formatFromPattern(String.raw`\d{2}\.\d{2}\.\d{4}`, 'DMY'))).toBe('DD.MM.YYYY 07.03.2026');
    expect(shown(formatFromPattern(String.raw`[0-9]{4}-[0-9]{2}-[0-9]{2}`, 'DMY'))).toBe('YYYY-MM-DD 2026-03-07');
    expect(shown(formatFromPattern(String.raw`\d{1,2}/\d{1,2}/\d{4}`, 'MDY'))).toBe('MM/DD/YYYY 03/07/2026');
    expect(formatFromPattern('.*', 'MDY')).toBeNull();
  });

  it('follows an example beside the field, which proves its order when a number is over 12', () => {
    expect(shown(formatFromExample('e.g. 31/12/2026', 'MDY'))).toBe('DD/MM/YYYY 07/03/2026');
    expect(shown(formatFromExample('e.g. 12/31/2026', 'DMY'))).toBe('MM/DD/YYYY 03/07/2026');
    expect(shown(formatFromExample('e.g. 01.02.2026', 'DMY'))).toBe('DD.MM.YYYY 07.03.2026');
    expect(formatFromExample('Pick the day the first email is due', 'MDY')).toBeNull();
  });

  it('falls back to the page\'s order', () => {
    expect(shown(formatFromOrder('MDY'))).toBe('MM/DD/YYYY 03/07/2026');
    expect(shown(formatFromOrder('DMY', '.'))).toBe('DD.MM.YYYY 07.03.2026');
    expect(shown(formatFromOrder('YMD'))).toBe('YYYY-MM-DD 2026-03-07');
  });
});
