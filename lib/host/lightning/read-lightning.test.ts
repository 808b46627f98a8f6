// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderRecord } from '../../../test/sandbox/lightning/client/record';
import { recordView, type RecordView } from '../../../test/sandbox/lightning/view-model';
import { LEAN_ORG, PRODUCTION_ORG, UAT_SANDBOX_ORG } from '../../../test/sandbox/salesforce/orgs';
import type { LightningLayout } from '../../../test/sandbox/salesforce/switches';
import { createState } from '../../../test/sandbox/state';
import { gitlabAdmins } from '../../shared/accounts/account';
import { readLightningAccount } from './read-lightning';

/**
 * The page reader against the sandbox's own Lightning pages: the same view model and renderer the
 * browser tests load, built here in a DOM so every layout can be checked field by field.
 */

const state = createState({ today: '2026-11-23', dataDelayMs: 0, lightningDelayMs: 0, salesforcePageSize: 2000 });
const sample = (key: string) => state.accounts.find((a) => a.key === key)!;

function viewOf(key: string, layout: LightningLayout = 'page-layout', org = PRODUCTION_ORG): RecordView {
  state.switches.lightningLayout = layout;
  return recordView(state, sample(key).salesforceId, 'Account', org)!;
}

/** The record, without the stylesheet its shadow-root highlights link (this DOM has no server to load it from). */
function record(view: RecordView): HTMLElement {
  const node = renderRecord(view);
  for (const host of node.querySelectorAll('*')) host.shadowRoot?.querySelectorAll('link').forEach((link) => link.remove());
  return node;
}

const div = (attrs: Record<string, string>, ...children: Node[]) => {
  const el = document.createElement('div');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
};

/** A standard app: earlier views stay in the DOM without `active` (CSS hides them). */
function standardPage(current: RecordView, earlier: RecordView[] = []) {
  const stage = div({ class: 'oneCenterStage' });
  for (const v of earlier) stage.append(div({ class: 'windowViewMode-normal oneContent', style: 'display:none' }, record(v)));
  stage.append(div({ class: 'windowViewMode-normal oneContent active' }, record(current)));
  document.body.replaceChildren(stage);
}

/** A console app: each workspace tab keeps its own active view; only the focused tab is shown. */
function consolePage(focused: RecordView, background: RecordView[]) {
  const tab = (v: RecordView, active: boolean) => {
    const section = document.createElement('section');
    section.className = `tabContent oneConsoleTab${active ? ' active' : ''}`;
    if (!active) section.style.display = 'none';
    section.append(div({ class: 'oneWorkspaceTabWrapper' }, div({ class: 'windowViewMode-maximized oneContent active' }, record(v))));
    return section;
  };
  document.body.replaceChildren(div({ class: 'oneConsoleTabset' }, ...background.map((v) => tab(v, false)), tab(focused, true)));
}

const read = (key: string, host = 'gitlab.lightning.force.com') => {
  const id = sample(key).salesforceId;
  return readLightningAccount(document, { id, url: `https://${host}/lightning/r/Account/${id}/view`, dateOrder: 'MDY' });
};

afterEach(() => {
  document.body.replaceChildren();
  state.switches.lightningLayout = 'page-layout';
});

describe('reading a Lightning record page when the API is refused', () => {
  it('reads a page layout: fields by label, the CSM lookup, contacts with roles and Sold-To, opportunities', () => {
    standardPage(viewOf('summit-ultimate'));
    const account = read('summit-ultimate')!;
    const expected = sample('summit-ultimate').account;
    expect(account).toMatchObject({ source: 'salesforce', org: 'gitlab.my.salesforce.com', name: expected.name });
    expect(account.fields).toEqual({
      customerSince: expected.fields.customerSince,
      renewalDate: expected.fields.renewalDate,
      arr: expected.fields.arr,
      segment: expected.fields.segment,
      csm: expected.fields.csm,
      plan: expected.fields.plan,
      deployment: expected.fields.deployment,
    });
    expect(account.contacts?.map((c) => [c.name, c.roles, c.soldTo])).toEqual(expected.contacts?.map((c) => [c.name, c.roles, c.soldTo]));
    expect(account.opportunities.map((o) => [o.name, o.stage, o.closeDate])).toEqual(expected.opportunities.map((o) => [o.name, o.stage, o.closeDate]));
  });

  it('reads only the live view, not an earlier record Lightning keeps hidden in the DOM', () => {
    standardPage(viewOf('meridian-sold-to-only'), [viewOf('summit-ultimate'), viewOf('vertex-two-admins')]);
    const account = read('meridian-sold-to-only')!;
    expect(account.name).toBe(sample('meridian-sold-to-only').account.name);
    expect(gitlabAdmins(account)).toEqual([]);
    expect(account.contacts?.map((c) => c.name)).toEqual(sample('meridian-sold-to-only').account.contacts?.map((c) => c.name));
  });

  it('reads a Dynamic Forms page by label text, whatever the order and columns: the same account as the page layout', () => {
    standardPage(viewOf('atlas-csm-assigned'));
    const fromLayout = read('atlas-csm-assigned');
    standardPage(viewOf('atlas-csm-assigned', 'dynamic-forms'));
    expect(document.querySelector('records-record-layout-item')).toBeNull();
    expect(document.getElementsByTagName('record_flexipage-record-field')[0]?.hasAttribute('field-label')).toBe(false);
    const fromDynamicForms = read('atlas-csm-assigned');
    expect(fromDynamicForms?.fields).toEqual(fromLayout?.fields);
    expect(fromDynamicForms?.fields.csm).toBe(sample('atlas-csm-assigned').account.fields.csm);
    expect(fromDynamicForms?.contacts).toEqual(fromLayout?.contacts);
  });

  it('reads the focused workspace tab of a console app, not the background tabs', () => {
    consolePage(viewOf('vertex-two-admins', 'console'), [viewOf('meridian-sold-to-only', 'console'), viewOf('summit-ultimate', 'console')]);
    const account = read('vertex-two-admins')!;
    expect(account.name).toBe(sample('vertex-two-admins').account.name);
    expect(gitlabAdmins(account).map((c) => c.name)).toEqual(sample('vertex-two-admins').account.contacts!.filter((c) => c.roles.includes('GitLab Admin')).map((c) => c.name));
  });

  it('says a related list showing only its first rows is partial, so it never yields "no GitLab Admin"', () => {
    standardPage(viewOf('kestrel-many-contacts'));
    const account = read('kestrel-many-contacts')!;
    expect(account.contacts).toHaveLength(6);
    expect(account.contactsIncomplete).toBe('6 of 6+ contacts shown on the page (the related list shows only the first ones)');
  });

  it('leaves out a field the org does not have, and names the org of a sandbox host', () => {
    standardPage(viewOf('summit-ultimate', 'page-layout', LEAN_ORG));
    expect(read('summit-ultimate', 'gitlab-lean.lightning.force.com')?.fields).not.toHaveProperty('deployment');
    standardPage(viewOf('summit-ultimate', 'page-layout', UAT_SANDBOX_ORG));
    expect(read('summit-ultimate', 'gitlab--uat.sandbox.lightning.force.com')?.org).toBe('gitlab--uat.sandbox.my.salesforce.com');
  });

  it('reads fields that render inside their own shadow root; a field item without its value is read elsewhere, never as shown empty', () => {
    standardPage(viewOf('summit-ultimate'));
    const items = (label: string) => [...document.querySelectorAll(`records-record-layout-item[field-label="${label}"]`)];
    for (const item of items('Customer Since')) item.attachShadow({ mode: 'open' }).append(...item.childNodes);
    for (const item of items('Next Renewal Date')) item.replaceChildren();
    const account = read('summit-ultimate')!;
    expect(account.fields.customerSince).toBe(sample('summit-ultimate').account.fields.customerSince);
    // The layout items lost their values: the date comes from the highlights panel, which shows it too.
    expect(account.fields.renewalDate).toBe(sample('summit-ultimate').account.fields.renewalDate);
  });

  it('falls back to label/value pairs on markup it does not know', () => {
    document.body.innerHTML = '<main><dl><dt>Account Name</dt><dd>Plain Co</dd><dt>Segment</dt><dd>Scale</dd></dl></main>';
    const account = readLightningAccount(document, { id: '001000000000001AAA', url: 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view', dateOrder: 'MDY' });
    expect(account).toMatchObject({ name: 'Plain Co', fields: { segment: 'Scale' } });
    expect(account?.contacts).toBeUndefined();
  });

  it('reads nothing between two pages (views exist, none is live)', () => {
    document.body.replaceChildren(div({ class: 'windowViewMode-normal' }, record(viewOf('summit-ultimate'))));
    expect(read('summit-ultimate')).toBeNull();
  });
});
