// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageLabelsResult } from '@/lib/shared/messaging/page-messages';
import { OptionsStoreProvider } from '../StoreContext';
import { createOptionsStore } from '../store';
import { fakeBackend } from '../test-backend';
import { LabelFields } from './LabelFields';

afterEach(cleanup);

async function renderLabels(answer: PageLabelsResult) {
  const { backend } = fakeBackend();
  const store = createOptionsStore(backend);
  await act(() => store.getState().load());
  render(
    <OptionsStoreProvider value={store}>
      <LabelFields labelSource={async () => answer} />
    </OptionsStoreProvider>,
  );
  return store;
}

/** What a field's combobox offers, by its list. */
const offered = (control: HTMLElement) => [...(document.getElementById(control.getAttribute('list') ?? '')?.querySelectorAll('option') ?? [])].map((o) => o.value);

describe('Options → Gainsight: "Use the labels on this page"', () => {
  it('offers the open page’s labels in every label field, each still free to type', async () => {
    const user = userEvent.setup();
    const store = await renderLabels({ ok: true, url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1', labels: ['Annual Recurring Revenue', 'Customer Since', '<img src=x onerror=alert(1)>'] });
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(3);
    await user.click(screen.getByRole('button', { name: 'Use the labels on this page' }));
    await screen.findByText(/3 labels from the open Customer360 page/);
    const arr = screen.getByRole('combobox', { name: 'ARR' });
    expect(offered(arr)).toEqual(['Annual Recurring Revenue', 'Customer Since', '<img src=x onerror=alert(1)>']);
    // The page's text stays text: no element was made of it.
    expect(document.querySelector('img')).toBeNull();
    await user.clear(arr);
    await user.type(arr, 'Annual Recurring Revenue');
    expect(store.getState().draft.gainsight.labels.arr).toBe('Annual Recurring Revenue');
  });

  it('says why when no Customer360 page is open, and the fields stay text boxes', async () => {
    const user = userEvent.setup();
    await renderLabels({ ok: false, message: 'Open a company’s Customer360 page in this browser first, then ask again.' });
    await user.click(screen.getByRole('button', { name: 'Use the labels on this page' }));
    await screen.findByText(/Open a company’s Customer360 page/);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
  });
});
