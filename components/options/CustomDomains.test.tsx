// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

const domainBox = () => within(region('Gainsight')).getByRole('textbox', { name: 'Custom domain' });

describe('Options page: custom Gainsight domains', () => {
  it('asks the browser for the one origin before anything else is awaited, then lists the domain as active', async () => {
    const { backend, store } = await renderOptions();
    store.getState().setDomainInput(' https://CS.Acme.example/v1/ui ');
    const adding = store.getState().addDomain();
    // Synchronously, still inside the user's click: the browser only prompts during a gesture.
    expect(backend.requestHostAccess).toHaveBeenCalledWith('https://cs.acme.example/*');
    expect(backend.addDomain).not.toHaveBeenCalled();
    await adding;
    expect(backend.addDomain).toHaveBeenCalledWith('cs.acme.example');
    const list = await screen.findByRole('list', { name: 'Custom domains' });
    expect(within(list).getByRole('listitem').textContent).toContain('cs.acme.example — active');
  });

  it('adds from the button and from Enter, and removes', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    await user.type(domainBox(), 'cs.acme.example');
    await user.click(within(region('Gainsight')).getByRole('button', { name: 'Add domain' }));
    await waitFor(() => expect(storage.settings.gainsight.customDomains).toEqual(['cs.acme.example']));
    expect(within(region('Gainsight')).getByRole('status').textContent).toContain('Added cs.acme.example.');

    await user.type(domainBox(), 'cs.globex.example{Enter}');
    await waitFor(() => expect(storage.settings.gainsight.customDomains).toEqual(['cs.acme.example', 'cs.globex.example']));
    // Enter added the domain; it did not submit the settings form.
    expect(backend.saveSettings).not.toHaveBeenCalled();

    await user.click(within(region('Gainsight')).getByRole('button', { name: 'Remove cs.acme.example' }));
    await waitFor(() => expect(storage.settings.gainsight.customDomains).toEqual(['cs.globex.example']));
    expect(backend.removeDomain).toHaveBeenCalledWith('cs.acme.example');
  });

  it('shows an invalid domain next to the field and asks the browser nothing', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    await user.type(domainBox(), 'acme.gainsightcloud.com');
    await user.click(within(region('Gainsight')).getByRole('button', { name: 'Add domain' }));
    expect(domainBox().getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(domainBox().getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toContain('already works there');
    expect(backend.requestHostAccess).not.toHaveBeenCalled();
  });

  it('adds nothing when the browser does not allow access', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    backend.requestHostAccess.mockResolvedValueOnce(false);
    await user.type(domainBox(), 'cs.acme.example');
    await user.click(within(region('Gainsight')).getByRole('button', { name: 'Add domain' }));
    const alert = await within(region('Gainsight')).findByRole('alert');
    expect(alert.textContent).toBe('Your browser did not allow access to cs.acme.example, so it was not added.');
    expect(backend.addDomain).not.toHaveBeenCalled();
    expect(storage.settings.gainsight.customDomains).toEqual([]);
  });
});
