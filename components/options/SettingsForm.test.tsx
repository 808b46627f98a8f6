// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_CATALOG } from '@/lib/shared/programs/catalog-current';
import { DEFAULT_SETTINGS } from '@/lib/shared/settings/schema';
import { region, renderOptions } from './test-render';

afterEach(cleanup);

const save = () => screen.getByRole('button', { name: 'Save' });

/** The text of the elements an input names in aria-describedby, as assistive technology reads it. */
function description(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Options page: the settings form', () => {
  it('shows an invalid field its error (aria-invalid, aria-describedby) and refuses to save', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    const role = within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' });
    await user.clear(role);
    await user.type(role, 'Role; DROP');

    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(description(role)).toContain('Must be a Salesforce API name like Role__c.');

    await user.click(save());
    expect(screen.getByRole('alert').textContent).toContain('Not saved: one field needs fixing');
    expect(backend.saveSettings).not.toHaveBeenCalled();
    // The keyboard is taken to the field to fix.
    expect(document.activeElement).toBe(role);
  });

  it('saves valid input, trimmed, and says so in a status message', async () => {
    const user = userEvent.setup();
    const { backend, storage } = await renderOptions();
    const role = within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' });
    await user.clear(role);
    await user.type(role, ' GitLab_Role__c ');
    await user.type(within(region('Sender identity')).getByRole('textbox', { name: 'Your name' }), 'Dana Scully');
    await user.click(within(region('Sender identity')).getByRole('checkbox', { name: 'CC the CSM' }));
    await user.click(save());

    await waitFor(() => expect(backend.saveSettings).toHaveBeenCalledTimes(1));
    expect(storage.settings.salesforce.roleField).toBe('GitLab_Role__c');
    expect(storage.settings.sender).toMatchObject({ name: 'Dana Scully', ccCsm: true });
    expect(within(region('Salesforce')).getByRole('textbox', { name: 'Role field API name' })).toHaveProperty('value', 'GitLab_Role__c');
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Saved. Open Gainsight and Salesforce tabs use the new settings now.');
  });

  it('names each invalid field: emails, empty labels, and an empty segment spelling', async () => {
    const user = userEvent.setup();
    const { backend } = await renderOptions();
    const email = within(region('Sender identity')).getByRole('textbox', { name: 'Your email' });
    await user.type(email, 'not-an-email');
    const label = within(region('Gainsight')).getByRole('textbox', { name: 'Renewal Date' });
    await user.clear(label);
    const spelling = within(region('Programs')).getByRole('textbox', { name: 'Spelling 1' });
    await user.clear(spelling);

    expect(description(email)).toContain('Must be an email address.');
    expect(description(label)).toContain('Must not be empty.');
    expect(description(spelling)).toContain('Must not be empty.');
    for (const input of [email, label, spelling]) expect(input.getAttribute('aria-invalid')).toBe('true');

    await user.click(save());
    expect(screen.getByRole('alert').textContent).toContain('3 fields need fixing');
    expect(backend.saveSettings).not.toHaveBeenCalled();
  });

  it('saves the dates a lab is held on, in order, and takes one away again', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const lab = within(region('Programs')).getByRole('group', { name: 'CI Hands-On Lab' });
    expect(within(lab).getByText('No date entered.')).toBeTruthy();
    const input = within(lab).getByLabelText('Add a CI Hands-On Lab date');
    for (const date of ['2026-05-20', '2026-04-15']) {
      await user.type(input, date);
      await user.click(within(lab).getByRole('button', { name: 'Add date' }));
    }
    expect(within(within(lab).getByRole('list', { name: 'CI Hands-On Lab dates' })).getAllByRole('listitem').map((li) => li.firstChild?.textContent))
      .toEqual(['2026-04-15', '2026-05-20']);
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.eventDates).toEqual({ 'ci-lab': ['2026-04-15', '2026-05-20'] }));
    await user.click(within(lab).getByRole('button', { name: 'Remove 2026-04-15 from CI Hands-On Lab' }));
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.eventDates).toEqual({ 'ci-lab': ['2026-05-20'] }));
  });

  it("keeps a lab's registration link, refuses one that is not https://, and forgets an emptied one", async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const lab = within(region('Programs')).getByRole('group', { name: 'CI Hands-On Lab' });
    const link = within(lab).getByRole('textbox', { name: 'CI Hands-On Lab registration link' });
    await user.type(link, 'http://events.example/ci');
    await user.click(save());
    expect(description(link)).toBe('Must be an https:// link.');
    expect(storage.settings.programs.eventLinks).toEqual({});

    await user.clear(link);
    await user.type(link, 'https://events.example/ci');
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.eventLinks).toEqual({ 'ci-lab': 'https://events.example/ci' }));
    await user.clear(link);
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.eventLinks).toEqual({}));
  });

  it('adds a segment spelling the tenant uses, and removes one', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const spellings = within(region('Programs')).getByRole('group', { name: 'Segment spellings' });
    await user.click(within(spellings).getByRole('button', { name: 'Add a spelling' }));
    const count = DEFAULT_SETTINGS.programs.segmentSpellings.length + 1;
    await user.type(within(spellings).getByRole('textbox', { name: `Spelling ${count}` }), 'Pooled');
    await user.selectOptions(within(spellings).getByRole('combobox', { name: `Spelling ${count} means` }), 'Scale');
    await user.click(within(spellings).getByRole('button', { name: 'Remove spelling 1 (CSE)' }));
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.segmentSpellings).toEqual([
      ...DEFAULT_SETTINGS.programs.segmentSpellings.slice(1), { spelling: 'Pooled', segment: 'Scale' },
    ]));
  });

  it('turns a program off, switches edition, and discards unsaved changes on request', async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const programs = region('Programs');
    const first = CURRENT_CATALOG.programs[0]!;
    await user.click(within(programs).getByRole('checkbox', { name: first.name }));
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.disabled).toEqual([first.id]));

    await user.selectOptions(within(programs).getByRole('combobox', { name: 'Edition' }), 'earlier');
    expect(within(programs).getByRole('group', { name: /^Programs of / }).querySelector('legend')?.textContent).not.toBe(`Programs of ${CURRENT_CATALOG.name}`);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect((within(programs).getByRole('combobox', { name: 'Edition' }) as HTMLSelectElement).value).toBe('current');
    expect(storage.settings.programs.edition).toBe(DEFAULT_SETTINGS.programs.edition);
  });

  it("chooses who sends a program, the catalog's sender marked as the default, and stores only a change from it", async () => {
    const user = userEvent.setup();
    const { storage } = await renderOptions();
    const programs = region('Programs');
    const csat = CURRENT_CATALOG.programs.find((p) => p.sender === 'customer-enablement')!;
    const select = within(programs).getByRole('combobox', { name: `Who sends ${csat.name}` }) as HTMLSelectElement;
    expect(select.value).toBe('customer-enablement');
    expect(within(select).getByRole('option', { name: 'The generic address (catalog default)' })).toBeTruthy();
    await user.selectOptions(select, 'account-executive');
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.senders).toEqual({ [csat.id]: 'account-executive' }));

    await user.selectOptions(select, 'customer-enablement');
    await user.click(save());
    await waitFor(() => expect(storage.settings.programs.senders).toEqual({}));
  });
});
