import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { freshRepository } from '../../extension/reminders/repository.test-support';
import { bookCutoff, DAY_MS } from './retention';

describe('the retention limit for cached contacts', () => {
  it('is 14 days by default (the team’s choice)', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(DEFAULT_SETTINGS.book.keepDays).toBe('14');
    expect(bookCutoff(DEFAULT_SETTINGS, now)).toBe(new Date(now - 14 * DAY_MS).toISOString());
  });

  it('deletes a book read before the cutoff with its lists, and keeps a newer one', async () => {
    const repo = freshRepository();
    const book = (org: string, asOf: string) => ({ meta: { org, asOf, total: 0, user: { id: '005000000000001AAA', name: null }, notes: [], calls: 1 }, accounts: [] });
    await repo.book.save(book('old.my.salesforce.com', '2026-11-01T08:00:00.000Z'));
    await repo.book.save(book('new.my.salesforce.com', '2026-11-20T08:00:00.000Z'));
    await repo.book.saveView({ org: 'old.my.salesforce.com', user: '005000000000001AAA', data: {} });
    expect(await repo.book.dropReadBefore('2026-11-09T12:00:00.000Z')).toEqual(['old.my.salesforce.com']);
    expect(await repo.book.read('old.my.salesforce.com', null)).toBeNull();
    expect(await repo.book.readView('old.my.salesforce.com', null)).toBeNull();
    expect((await repo.book.read('new.my.salesforce.com', null))?.meta.org).toBe('new.my.salesforce.com');
  });
});
