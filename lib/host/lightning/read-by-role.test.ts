// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderRecordByRole } from '../../../test/sandbox/lightning/client/by-role';
import { renderRecord } from '../../../test/sandbox/lightning/client/record';
import { recordView } from '../../../test/sandbox/lightning/view-model';
import type { LightningLayout } from '../../../test/sandbox/salesforce/switches';
import { createState } from '../../../test/sandbox/state';
import { readLightningAccount } from './read-lightning';

/**
 * The API-refused fallback on a Dynamic Forms page that exposes its fields by role and accessible name
 * only (the sandbox's `dynamic-forms-by-role`): no Lightning tag, attribute or class to key on, the name
 * only in the page heading. What the page does not show is named, never guessed.
 */

const state = createState({ today: '2026-11-23', dataDelayMs: 0, lightningDelayMs: 0, salesforcePageSize: 2000 });
const KEY = 'atlas-csm-assigned';
const sample = () => state.accounts.find((a) => a.key === KEY)!;

function show(layout: LightningLayout): void {
  state.switches.lightningLayout = layout;
  const view = recordView(state, sample().salesforceId, 'Account')!;
  const page = layout === 'dynamic-forms-by-role' ? renderRecordByRole(view) : renderRecord(view);
  for (const host of page.querySelectorAll('*')) host.shadowRoot?.querySelectorAll('link').forEach((link) => link.remove());
  const live = document.createElement('div');
  live.className = 'windowViewMode-normal active';
  live.append(page);
  document.body.replaceChildren(live);
}

const read = () => {
  const id = sample().salesforceId;
  return readLightningAccount(document, { id, url: `https://gitlab.lightning.force.com/lightning/r/Account/${id}/view`, dateOrder: 'MDY' });
};

afterEach(() => {
  document.body.replaceChildren();
  state.switches.lightningLayout = 'page-layout';
});

describe('a Dynamic Forms page read by label and role', () => {
  it('reads the same account as the page layout: the name from the page heading, fields by their group label, contacts by column', () => {
    show('page-layout');
    const fromLayout = read()!;
    show('dynamic-forms-by-role');
    expect(document.querySelector('[field-label], .test-id__field-label')).toBeNull();
    const byRole = read()!;
    expect(byRole.name).toBe(sample().account.name);
    expect(byRole.fields).toEqual(fromLayout.fields);
    expect(byRole.contacts).toEqual(fromLayout.contacts);
    expect(byRole.opportunities).toEqual(fromLayout.opportunities);
  });

  it('names what it cannot read: no Contacts related list means contacts unknown, with why', () => {
    show('dynamic-forms-by-role');
    document.querySelector('section[aria-label="Contacts"]')!.remove();
    const account = read()!;
    expect(account.contacts).toBeUndefined();
    expect(account.contactsIncomplete).toBe('the page shows no Contacts related list');
  });

  it('takes no name when two level-1 headings disagree: no account rather than a guess', () => {
    show('dynamic-forms-by-role');
    const other = document.createElement('h1');
    other.textContent = 'Another Record';
    document.querySelector('header')!.append(other);
    expect(read()).toBeNull();
  });
});
