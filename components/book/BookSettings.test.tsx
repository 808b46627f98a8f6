// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderOptions } from '../options/test-render';

afterEach(cleanup);

describe('Options → Salesforce → My book', () => {
  it('chooses whose accounts the book is, filters by segment and sets when it is read again; Save keeps it', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const book = screen.getByRole('group', { name: 'My book' });
    const who = within(book).getByRole('combobox', { name: 'My book is the accounts where' });
    expect((who as HTMLSelectElement).value).toBe('csm-or-owner');
    await user.selectOptions(who, 'the Owner is me');
    await user.click(within(book).getByRole('checkbox', { name: 'Include Tech Touch accounts' }));
    await user.selectOptions(within(book).getByRole('combobox', { name: /Read the book again on opening/ }), 'never: only when I click Refresh');
    expect(within(book).getByRole('option', { name: '1 hour (the team’s choice)' })).toBeTruthy();
    const startIn = within(book).getByRole('combobox', { name: 'Start opens the account in' });
    expect((startIn as HTMLSelectElement).value).toBe('gainsight');
    await user.selectOptions(startIn, 'Salesforce Lightning');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(storage.settings.book).toEqual({ who: 'owner', segments: { techTouch: false, scale: true, csmAssigned: true }, refreshAfter: 'never', startIn: 'salesforce', workweek: 'mon-fri', offDays: 'after', fatigueEmails: '3', fatigueDays: '7', undoMinutes: '10', keepDays: '14' });
  });
});
