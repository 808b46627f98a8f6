// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ORG, TODAY, metaOf, renderBook, sandboxAccounts } from './book.test-support';

afterEach(cleanup);

/** Issue 24: a cached book belongs to the Salesforce user it was read for. */
describe('My book is its own user’s', () => {
  const accounts = () => sandboxAccounts((csm) => csm === null);
  const fresh = Date.parse(`${TODAY}T08:05:00Z`);

  it('asks who is signed in on opening, and shows nothing of a book read for another user: it reads the signed-in user’s', async () => {
    const book = accounts();
    const { backend } = renderBook({ cached: { meta: metaOf(book), accounts: book }, now: fresh, signIn: { kind: 'user', id: '005000000000002AAA', name: 'Avery Chen' } });
    await waitFor(() => expect(backend.refresh).toHaveBeenCalledWith(ORG));
    expect(backend.signIn).toHaveBeenCalledWith(ORG);
    expect(screen.queryByText(/of Digital Success/)).toBeNull();
    expect(screen.queryByRole('region', { name: /^Without a GitLab Admin \(1\)$/ })).toBeNull();
  });

  it('shows the cached book to its own user (15- and 18-character ids alike) without reading it again', async () => {
    const book = accounts();
    const { backend } = renderBook({ cached: { meta: metaOf(book), accounts: book }, now: fresh, signIn: { kind: 'user', id: '005000000000001', name: 'Digital Success' } });
    expect(await screen.findByText(/: 10 accounts of Digital Success\./)).toBeTruthy();
    expect(backend.refresh).not.toHaveBeenCalled();
  });

  it('a session change re-checks who is signed in and reads the book again, without reopening the view', async () => {
    const book = accounts();
    const { backend, push } = renderBook({ cached: { meta: metaOf(book), accounts: book }, now: fresh });
    await screen.findByText(/: 10 accounts of Digital Success\./);
    expect(backend.signIn).toHaveBeenCalledTimes(1);
    await act(async () => push({ type: 'session', org: ORG }));
    await waitFor(() => expect(backend.refresh).toHaveBeenCalledWith(ORG));
    expect(backend.signIn).toHaveBeenCalledTimes(2);
  });

  it('with no org at first, a sign-in in the browser opens the book', async () => {
    const { backend, changeSession } = renderBook({ orgs: [] });
    await screen.findByText(/Sign in to Salesforce in this browser/);
    backend.orgs.mockResolvedValue([{ apiHost: ORG, signedIn: true }]);
    await act(async () => changeSession(ORG));
    await waitFor(() => expect(backend.refresh).toHaveBeenCalledWith(ORG));
  });
});
