import { describe, expect, it } from 'vitest';
import { ageWords, bookAge } from './age';

const AS_OF = '2026-11-23T08:00:00.000Z';
const at = (minutes: number) => Date.parse(AS_OF) + minutes * 60_000;

describe("the book's age", () => {
  it('says how long ago the book was read, rounded down', () => {
    expect(ageWords(20_000)).toBe('just now');
    expect(ageWords(59 * 60_000)).toBe('59 min ago');
    expect(ageWords(3 * 3_600_000 + 59 * 60_000)).toBe('3 h ago');
    expect(ageWords(47 * 3_600_000)).toBe('47 h ago');
    expect(ageWords(4 * 86_400_000)).toBe('4 days ago');
    // A clock behind the read's time never makes a negative age.
    expect(ageWords(-5_000)).toBe('just now');
  });

  it('is stale once older than the refresh setting, and says so with what to do', () => {
    expect(bookAge(AS_OF, at(59), '60')).toEqual({ words: 'Last refreshed 59 min ago', stale: false, staleWords: '' });
    expect(bookAge(AS_OF, at(180), '60')).toEqual({
      words: 'Last refreshed 3 h ago',
      stale: true,
      staleWords: 'Older than 1 hour (your refresh setting, in Options): Salesforce may have changed since. Refresh to read it again.',
    });
    expect(bookAge(AS_OF, at(1440), '1440').staleWords).toMatch(/^Older than 1 day /);
    expect(bookAge(AS_OF, at(1439), '1440').stale).toBe(false);
  });

  it('with "always", a book over a minute old is stale; with "never", no book is, though its age is said', () => {
    expect(bookAge(AS_OF, at(0.5), '0').stale).toBe(false);
    expect(bookAge(AS_OF, at(2), '0')).toMatchObject({ stale: true, staleWords: expect.stringMatching(/^Older than a minute /) });
    expect(bookAge(AS_OF, at(60 * 24 * 30), 'never')).toEqual({ words: 'Last refreshed 30 days ago', stale: false, staleWords: '' });
  });
});
