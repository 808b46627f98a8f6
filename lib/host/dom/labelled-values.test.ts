// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readLabelledValues } from './labelled-values';
import { readTable } from './table';

afterEach(() => {
  document.body.innerHTML = '';
});

const LABELS = ['Renewal Date', 'ARR', 'Segment', 'CI Score'];

describe('reading fields by label, whatever the markup', () => {
  it.each([
    ['adjacent spans with generated classes', '<gs-field class="_ngc-x1"><span class="a9">Renewal Date</span><span class="b7">Nov 23, 2026</span></gs-field>'],
    ['a definition list', '<dl><dt>Renewal Date:</dt><dd>Nov 23, 2026</dd></dl>'],
    ['a label element', '<label for="r">Renewal Date</label><input id="r" value="Nov 23, 2026">'],
    ['aria-labelledby', '<span id="l1">Renewal Date</span><div><div aria-labelledby="l1">Nov 23, 2026</div></div>'],
    ['a group labelled by its own label', '<gs-field role="group" aria-labelledby="l2"><span id="l2">Renewal Date</span><span><span>Nov 23, 2026</span></span></gs-field>'],
    ['a row header', '<table><tr><th scope="row">Renewal Date</th><td>Nov 23, 2026</td></tr></table>'],
    ['a wrapped label', '<div><div><span><b>Renewal Date</b></span></div><div><span>Nov 23, 2026</span></div></div>'],
    ['Lightning field-label items', '<records-record-layout-item field-label="Renewal Date"><div><span>Renewal Date</span></div><div><button>Edit Renewal Date</button><lightning-formatted-text>Nov 23, 2026</lightning-formatted-text></div></records-record-layout-item>'],
  ])('%s', (_name, html) => {
    document.body.innerHTML = html;
    expect(readLabelledValues(document, LABELS).get('Renewal Date')).toBe('Nov 23, 2026');
  });

  it('reads inside open shadow roots', () => {
    const host = document.createElement('gs-attributes-widget');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<div><span>CI Score</span><span>Red</span></div>';
    expect(readLabelledValues(document, LABELS).get('CI Score')).toBe('Red');
  });

  it('matches labels without case, colons or required marks', () => {
    document.body.innerHTML = '<div><span>segment *</span><span>Scale</span></div><div><span>arr:</span><span>$12,000</span></div>';
    const values = readLabelledValues(document, LABELS);
    expect(values.get('Segment')).toBe('Scale');
    expect(values.get('ARR')).toBe('$12,000');
  });

  it('leaves out labels that are not on the page instead of guessing', () => {
    document.body.innerHTML = '<div><span>Segment</span><span>Scale</span></div>';
    expect(readLabelledValues(document, LABELS).has('Renewal Date')).toBe(false);
  });

  it('ignores a hidden earlier view and reads the visible one', () => {
    document.body.innerHTML =
      '<div hidden><span>Segment</span><span>Tech Touch</span></div><div><span>Segment</span><span>Scale</span></div>';
    expect(readLabelledValues(document, LABELS).get('Segment')).toBe('Scale');
  });
});

describe('values in markup the sandbox does not use', () => {
  const FIELDS = ['Customer Since', 'CSM', 'Segment', 'CSM Email', 'Duo Purchase Date', 'Deployment', 'Sold-To'];

  it.each([
    ['a read-only input inside a wrapper', '<div><span>Segment</span><div><input readonly value="Scale"></div></div><div><span>CSM</span><div><input readonly value="Jane Doe"></div></div>', 'Segment', 'Scale'],
    ['a checked read-only box', '<div><span>Sold-To</span><span><input type="checkbox" checked disabled></span></div>', 'Sold-To', 'Yes'],
    ['an unchecked box', '<div><span>Sold-To</span><span><input type="checkbox" disabled></span></div>', 'Sold-To', 'No'],
    ['a box with its state in words beside it', '<div><span>Sold-To</span><span><input type="checkbox" checked disabled><span>True</span></span></div>', 'Sold-To', 'True'],
    ['an icon named by its alternative text', '<div><span>Deployment</span><span><img alt="SaaS" src="data:,"></span></div>', 'Deployment', 'SaaS'],
  ])('%s', (_name, html, label, value) => {
    document.body.innerHTML = html;
    expect(readLabelledValues(document, FIELDS).get(label)).toBe(value);
  });

  it('follows a slot to the value a web component projects', () => {
    document.body.innerHTML = '<gs-field-item><span>Scale</span></gs-field-item><gs-field-item><span>Jane Doe</span></gs-field-item>';
    const [segment, csm] = document.querySelectorAll('gs-field-item');
    segment!.attachShadow({ mode: 'open' }).innerHTML = '<div><label>Segment</label><div><slot></slot></div></div>';
    csm!.attachShadow({ mode: 'open' }).innerHTML = '<div><label>CSM</label><div><slot></slot></div></div>';
    const values = readLabelledValues(document, FIELDS);
    expect(values.get('Segment')).toBe('Scale');
    expect(values.get('CSM')).toBe('Jane Doe');
  });

  it('never reads the next field as the value of an empty one', () => {
    document.body.innerHTML = `<div><div><span>CSM</span><span></span></div><div><span>Segment</span><span>CSM-Assigned</span></div></div>
      <dl><dt>CSM Email</dt><dd></dd><dt>Duo Purchase Date</dt><dd>---</dd><dt>Deployment</dt><dd>SaaS</dd></dl>`;
    const values = readLabelledValues(document, FIELDS);
    expect(values.get('CSM')).toBe('');
    expect(values.get('Segment')).toBe('CSM-Assigned');
    expect(values.get('CSM Email')).toBe('');
    expect(values.get('Duo Purchase Date')).toBe('---');
    expect(values.get('Deployment')).toBe('SaaS');
  });

  it('reads no label from the body of a table with column headers (an Account Team\'s roles), but from a label/value table', () => {
    document.body.innerHTML = `<table><thead><tr><th scope="col">Team Member</th><th scope="col">Team Role</th><th scope="col">Access</th></tr></thead>
      <tbody><tr><td>Jane Doe</td><td>CSM</td><td>Read Only</td></tr></tbody></table>
      <table><tr><td>Segment</td><td>Scale</td></tr></table>`;
    const values = readLabelledValues(document, FIELDS);
    expect(values.has('CSM')).toBe(false);
    expect(values.get('Segment')).toBe('Scale');
  });
});

/**
 * Page shapes from scratch/probe-variants (c360-empty-values, c360-readonly-inputs, c360-slotted-values,
 * lightning-account-team-csm): each label must read its own value, '' when its value is empty, or be
 * absent (undefined) when the page does not say; never the next field's label or value.
 */
describe("the probe's page shapes", () => {
  const C360 = ['Customer Since', 'Renewal Date', 'ARR', 'Segment', 'CSM', 'CSM Email', 'Plan', 'Duo Purchase Date', 'Deployment', 'Sold-To'];
  const summary = (label: string, text: string) => `<div class="f"><span>${label}</span><span>${text}</span></div>`;
  const readonly = (label: string, text: string) => `<div class="f"><span class="lbl">${label}</span><div class="ctl"><input readonly value="${text}"></div></div>`;
  const term = (label: string, text: string) => `<dt>${label}</dt><dd>${text}</dd>`;

  it.each<[string, string, Record<string, string | undefined>]>([
    ['an empty span before the next field', summary('CSM', '') + summary('Segment', 'CSM-Assigned') + summary('ARR', '$120,000'), { CSM: '', Segment: 'CSM-Assigned', ARR: '$120,000' }],
    ['an empty span in one flat row of pairs', '<div><span>CSM</span><span></span><span>Segment</span><span>Scale</span></div>', { CSM: '', Segment: 'Scale' }],
    ['an empty value as the last field', summary('Segment', 'Scale') + summary('CSM', ''), { Segment: 'Scale', CSM: '' }],
    ['empty descriptions in a flat list', `<dl>${term('CSM Email', '') + term('Duo Purchase Date', '') + term('Deployment', 'SaaS') + term('Plan', 'Ultimate')}</dl>`, { 'CSM Email': '', 'Duo Purchase Date': '', Deployment: 'SaaS', Plan: 'Ultimate' }],
    ['read-only inputs in a control wrapper', readonly('Segment', 'CSM-Assigned') + readonly('CSM', 'Jane Doe') + readonly('Plan', 'Ultimate'), { Segment: 'CSM-Assigned', CSM: 'Jane Doe', Plan: 'Ultimate' }],
    ['an empty read-only input', readonly('CSM', '') + readonly('Segment', 'CSM-Assigned'), { CSM: '', Segment: 'CSM-Assigned' }],
    ['a read-only input showing another label\'s words', readonly('CSM', 'Segment') + readonly('Segment', 'Scale'), { CSM: undefined, Segment: 'Scale' }],
    ['a checked read-only box', '<div class="f"><span>Sold-To</span><span><input type="checkbox" checked disabled></span></div>', { 'Sold-To': 'Yes' }],
    ['a radio left unchosen', '<div class="f"><span>Sold-To</span><span><input type="radio" disabled></span></div>', { 'Sold-To': 'No' }],
    ['an image named by aria-label', '<div class="f"><span>Deployment</span><span><span role="img" aria-label="SaaS"></span></span></div>', { Deployment: 'SaaS' }],
    ['an icon beside the label, the value below', '<div><div><span>ARR</span><span><i aria-hidden="true"></i></span></div><div>$120,000</div></div>', { ARR: '$120,000' }],
    ['a widget still loading: an icon font\'s empty <i> beside the label', '<div><div><span>Renewal Date</span><i class="gs-icon-info"></i></div><gs-editor></gs-editor></div>' + summary('Plan', 'Ultimate'), { 'Renewal Date': undefined, Plan: 'Ultimate' }],
    ['a widget still loading: icon beside the label, nothing below yet', '<div><div><label>Renewal Date</label><span><i aria-hidden="true"></i></span></div><gs-editor></gs-editor></div>' + summary('Plan', 'Ultimate'), { 'Renewal Date': undefined, Plan: 'Ultimate' }],
  ])('%s', (_shape, html, want) => {
    document.body.innerHTML = html;
    const values = readLabelledValues(document, C360);
    for (const [label, value] of Object.entries(want)) expect([label, values.get(label)]).toEqual([label, value]);
  });

  it.each<[string, string, string[], Record<string, string>]>([
    ['a value projected through a slot', '<div class="f"><label>{label}</label><div class="v"><slot></slot></div></div>', ['Jane Doe', 'CSM-Assigned', ''], { CSM: 'Jane Doe', Segment: 'CSM-Assigned', Plan: '' }],
    ['an empty slot between two filled ones', '<div class="f"><label>{label}</label><div class="v"><slot></slot></div></div>', ['Jane Doe', '', 'Ultimate'], { CSM: 'Jane Doe', Segment: '', Plan: 'Ultimate' }],
  ])('%s', (_shape, shadow, texts, want) => {
    const labels = ['CSM', 'Segment', 'Plan'];
    document.body.innerHTML = texts.map((t) => `<gs-field-item>${t ? `<span>${t}</span>` : ''}</gs-field-item>`).join('');
    document.querySelectorAll('gs-field-item').forEach((host, i) => {
      host.attachShadow({ mode: 'open' }).innerHTML = shadow.replace('{label}', labels[i]!);
    });
    const values = readLabelledValues(document, C360);
    for (const [label, value] of Object.entries(want)) expect([label, values.get(label)]).toEqual([label, value]);
  });

  const team = (body: string) => `<table aria-label="Account Team"><thead><tr><th scope="col">Team Member</th><th scope="col">Team Role</th><th scope="col">Account Access</th></tr></thead><tbody>${body}</tbody></table>`;
  it.each([
    ['an Account Team list with row headers', team('<tr><th scope="row"><a href="/lightning/r/User/005Dn000001/view">Jane Doe</a></th><td>CSM</td><td>Read Only</td></tr><tr><th scope="row"><a href="#">Sam Seller</a></th><td>Account Executive</td><td>Read/Write</td></tr>')],
    ['an Account Team grid of roles', '<div role="grid"><div role="row"><span role="columnheader">Team Member</span><span role="columnheader">Team Role</span><span role="columnheader">Access</span></div><div role="row"><span role="rowheader">Jane Doe</span><span role="gridcell">CSM</span><span role="gridcell">Read Only</span></div></div>'],
  ])('reads no field from %s', (_shape, html) => {
    document.body.innerHTML = html + summary('Segment', 'Scale');
    const values = readLabelledValues(document, C360);
    expect(values.has('CSM')).toBe(false);
    expect(values.get('Segment')).toBe('Scale');
  });
});

describe('reading tables by their headers', () => {
  it('reads an HTML table whatever the column order, skipping columns it does not need', () => {
    document.body.innerHTML = `<table><thead><tr><th>Email</th><th>Phone</th><th>Name</th><th>GitLab Role</th></tr></thead>
      <tbody><tr><td>ada@acme.example</td><td>1</td><td>Ada Admin</td><td>GitLab Admin, Billing Contact</td></tr>
      <tr><td>bob@acme.example</td><td>2</td><td>Bob</td><td>—</td></tr></tbody></table>`;
    const rows = readTable(document, ['Name', 'Email'], ['GitLab Role', 'Sold-To'])!;
    expect(rows).toHaveLength(2);
    expect(rows[0]!.get('Name')).toBe('Ada Admin');
    expect(rows[0]!.get('GitLab Role')).toBe('GitLab Admin, Billing Contact');
    expect(rows[1]!.get('Email')).toBe('bob@acme.example');
    expect(rows[0]!.has('Sold-To')).toBe(false);
  });

  it('reads an ARIA grid of divs using aria-colindex', () => {
    document.body.innerHTML = `<div role="grid">
      <div role="row"><div role="columnheader" aria-colindex="1">Program</div><div role="columnheader" aria-colindex="2">Sent On</div></div>
      <div role="row"><div role="gridcell" aria-colindex="2">Nov 20, 2026</div><div role="gridcell" aria-colindex="1">Net-New Onboarding</div></div>
    </div>`;
    const rows = readTable(document, ['Program', 'Sent On'])!;
    expect(rows.map((r) => [r.get('Program'), r.get('Sent On')])).toEqual([['Net-New Onboarding', 'Nov 20, 2026']]);
  });

  it('returns undefined when no table has the required headers', () => {
    document.body.innerHTML = '<table><tr><th>Other</th></tr></table>';
    expect(readTable(document, ['Name', 'Email'])).toBeUndefined();
  });
});
