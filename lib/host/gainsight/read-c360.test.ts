// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { gitlabAdmins } from '../../shared/accounts/account';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings/schema';
import { readC360, type C360Reading } from './read-c360';

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

const LABELS = DEFAULT_SETTINGS.gainsight.labels;
const URL_CID = 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02X';

function read(url = URL_CID, labels: Settings['gainsight']['labels'] = LABELS): C360Reading {
  return readC360(document, { id: '1P02X', url, labels, dateOrder: 'MDY' });
}

function account(url?: string, labels?: Settings['gainsight']['labels']) {
  const reading = read(url, labels);
  if (!reading.account) throw new Error('no account read');
  return reading.account;
}

/** An attribute widget as C360 renders it: a gridster item with a label row and the value's editor wrapper. */
const attribute = (label: string, value: string) =>
  `<gridster-item class="widget_container"><div class="widget-label"><label>${label}</label><span class="widget-info"><i></i></span></div>` +
  `<gs-attribute-field-editor-wrapper><section><div><div><h4 class="field_label">${value}</h4></div></div></section></gs-attribute-field-editor-wrapper></gridster-item>`;

/** A summary widget: an `h6` label and an `h4` value. */
const summary = (label: string, value: string) =>
  `<gridster-item><section><div><h6>${label}</h6></div><div class="content"><h4>${value}</h4></div></section></gridster-item>`;

/** A summary widget the user may not see: C360 shows a lock and no label at all. */
const maskedSummary = () =>
  `<gridster-item><section><div class="masked_widget"><i class="lock-icon"></i><div><div><label>Permission Needed</label></div><label>Contact Admin</label></div></div></section></gridster-item>`;

/** A scrolling-mode section: `div.c360-section[data-label]` with its title and its (lazy) content. */
const section = (label: string, content: string) =>
  `<div class="c360-section" data-label="${label}"><div><span>${label}</span></div><div>${content}</div></div>`;

const CONTACT_HEAD = '<tr><th>Name</th><th>Email</th><th>GitLab Role</th><th>Sold-To</th></tr>';
const contactRow = (name: string, role = '---', soldTo = 'No') =>
  `<tr><td>${name}</td><td>${name.split(' ')[0]!.toLowerCase()}@acme.example</td><td>${role}</td><td>${soldTo}</td></tr>`;
const contactsTable = (...rows: string[]) => `<table><thead>${CONTACT_HEAD}</thead><tbody>${rows.join('')}</tbody></table>`;
const LOGS = section('Program Logs', '<table><tr><th>Program</th><th>Sent On</th></tr><tr><td>Customer Newsletter</td><td>Oct 30, 2026</td></tr></table>');

describe('the Salesforce Account id on Customer360', () => {
  function page(sfdcValue: string) {
    document.body.innerHTML = `<h1>Meridian Dental Group</h1><dl><dt>ARR</dt><dd>$2,900</dd><dt>SFDC Account ID</dt><dd>${sfdcValue}</dd></dl>`;
    return account();
  }

  it('is read by its label, for the link to the account in Salesforce', () => {
    expect(page('0015g00000AbCdEFGH').salesforceAccountId).toBe('0015g00000AbCdEFGH');
  });

  it('is left out when the attribute is empty or not an Account id', () => {
    expect(page('—')).not.toHaveProperty('salesforceAccountId');
    expect(page('0035g00000AbCdEFGH')).not.toHaveProperty('salesforceAccountId');
  });

  it('comes from an aid= URL when the page does not show it', () => {
    document.body.innerHTML = '<h1>Meridian Dental Group</h1>';
    expect(account('https://t.gainsightcloud.com/v1/ui/customersuccess360?AID=0015g00000AbCdEFGH').salesforceAccountId).toBe('0015g00000AbCdEFGH');
  });
});

describe('the company name', () => {
  it('is the page\'s level-one heading, not the one in the app\'s own bar', () => {
    document.body.innerHTML = '<nav><h1>Customer 360</h1></nav><div role="toolbar"><h1>Timeline</h1></div><main><h1>Meridian Dental Group</h1></main>';
    expect(account().name).toBe('Meridian Dental Group');
  });

  it('comes from the page title when only the app bar has a heading', () => {
    document.body.innerHTML = '<nav><h1>Customer 360</h1></nav>';
    document.title = 'Meridian Dental Group | C360';
    expect(account().name).toBe('Meridian Dental Group');
    document.title = '';
  });
});

describe('company fields in C360 widgets', () => {
  it('reads attribute widgets (label, then the value heading) and summary widgets (h6, then h4)', () => {
    document.body.innerHTML =
      '<h1>Acme</h1>' +
      section('Summary', summary('Renewal Date', 'Nov 23, 2027') + summary('ARR', '$48,000') + summary('Segment', 'Scale')) +
      section('Attributes', attribute('Plan', 'Ultimate') + attribute('CI Score', 'Yellow') + attribute('License Utilization', '81%'));
    expect(account().fields).toMatchObject({ renewalDate: '2027-11-23', arr: 48_000, segment: 'Scale', plan: 'Ultimate', ciScore: 'Yellow', licenseUtilization: 81 });
  });

  it('looks for the page date order only when a numeric date needs it (finding it scans the page)', () => {
    let asked = 0;
    const dayFirst = () => {
      asked++;
      return 'DMY' as const;
    };
    const readWith = () => readC360(document, { id: '1P02X', url: URL_CID, labels: LABELS, dateOrder: dayFirst }).account?.fields;
    document.body.innerHTML = '<h1>Acme</h1>' + section('Summary', summary('Renewal Date', 'Nov 23, 2027') + summary('Customer Since', '2024-03-04')) + LOGS;
    expect(readWith()).toMatchObject({ renewalDate: '2027-11-23', customerSince: '2024-03-04' });
    expect(asked).toBe(0);
    document.body.innerHTML = '<h1>Acme</h1>' + section('Summary', summary('Renewal Date', '03/04/2027'));
    expect(readWith()).toMatchObject({ renewalDate: '2027-04-03' });
    expect(asked).toBe(1);
  });

  it('reads "---" as empty: found, and known to have no value', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + section('Summary', summary('CSM', '---')) + section('Attributes', attribute('Ultimate Since', '---'));
    const { fields, unreadable } = account();
    expect(fields).toMatchObject({ csm: null, ultimateSince: null });
    expect(unreadable).toEqual({});
  });

  it('does not take the next widget for the value of one still loading', () => {
    document.body.innerHTML =
      '<h1>Acme</h1><gridster>' +
      '<gridster-item><div class="widget-label"><label>Renewal Date</label></div><gs-attribute-field-editor-wrapper></gs-attribute-field-editor-wrapper></gridster-item>' +
      attribute('Industry', 'Software') +
      '</gridster>';
    const { fields, unreadable } = account();
    expect(fields).not.toHaveProperty('renewalDate');
    expect(unreadable).not.toHaveProperty('renewalDate');
  });

  it('names a field the user may not see as unreadable, and why', () => {
    document.body.innerHTML =
      '<h1>Acme</h1>' +
      section(
        'Attributes',
        '<gridster-item><div class="widget-label"><label>Renewal Date</label></div><gs-attribute-field-editor-wrapper><div><i class="lock-icon" aria-label="lock"></i>' +
          '<div><label>Permission Needed</label><label>Contact Admin</label></div></div></gs-attribute-field-editor-wrapper></gridster-item>' +
          attribute('Plan', 'Premium'),
      );
    const acc = account();
    expect(acc.fields).not.toHaveProperty('renewalDate');
    expect(acc.unreadable.renewalDate).toBe('Permission Needed');
    expect(acc.fieldNotes?.renewalDate).toBe('Renewal Date shows “Permission Needed”: you are not allowed to see it');
    expect(acc.fields.plan).toBe('Premium');
  });

  it('says a missing field may be behind a masked widget that shows no label', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + section('Summary', summary('Segment', 'Scale') + maskedSummary());
    const acc = account();
    expect(acc.fields).not.toHaveProperty('arr');
    expect(acc.fieldNotes?.arr).toBe('ARR is not on the page, and a widget shows “Permission Needed” with no label: it may be hidden there');
    expect(acc.fieldNotes).not.toHaveProperty('segment');
  });

  it('stops waiting for fields once every missing one may be behind a masked widget', () => {
    const labels = DEFAULT_SETTINGS.gainsight.labels;
    const shown = (['customerSince', 'renewalDate', 'segment', 'csm', 'subscriptionStartDate', 'lastRenewalDate', 'csmAssignedDate', 'plan', 'ultimateSince', 'duoPurchaseDate', 'deployment', 'ciScore', 'ciUtilization', 'licenseUtilization', 'issuesEpicsCreated'] as const)
      .map((key) => summary(labels[key], '---'))
      .join('');
    document.body.innerHTML = '<h1>Acme</h1>' + section('Summary', shown + attribute('Active Subscription', 'Yes') + maskedSummary());
    expect(read().waitingFor).not.toContain('fields');
    document.querySelector('.masked_widget')!.remove();
    expect(read().waitingFor).toContain('fields');
  });

  it('takes the company name from the page title C360 sets when no level-one heading shows it', () => {
    document.title = 'Acme Corp | C360';
    document.body.innerHTML = '<section><div class="company-name"><h4>Acme Corp</h4></div></section>';
    expect(account().name).toBe('Acme Corp');
  });
});

describe('contacts, read only inside the section labelled Contacts or People', () => {
  const NOTE = section(
    'Attributes',
    attribute('Notes', `<p>Handover from the old team:</p>${contactsTable(contactRow('Dana Former', 'GitLab Admin'))}`),
  );

  it('ignores a table in a rich-text note before the real section: a no-admin account stays without admin', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + NOTE + section('People', contactsTable(contactRow('Hannah Brooks', '---', 'Yes'), contactRow('Omar Farouk', 'Technical Contact')));
    const acc = account();
    expect(acc.contacts?.map((c) => c.name)).toEqual(['Hannah Brooks', 'Omar Farouk']);
    expect(gitlabAdmins(acc)).toEqual([]);
    expect(acc.contactsIncomplete).toBeUndefined();
  });

  it('reads no contacts at all when only a note holds a contact-like table', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + NOTE;
    const reading = read();
    expect(reading.account?.contacts).toBeUndefined();
    expect(reading.account?.contactsIncomplete).toBe('no section labelled Contacts or People is on the page');
    expect(reading.waitingFor).toContain('contacts');
  });

  it('says which tab to open when the tabbed layout shows another section', () => {
    document.body.innerHTML = '<h1>Acme</h1><div role="tablist"><div role="tab" aria-selected="true"><a>Summary</a></div><div role="tab"><a>People (3)</a></div></div>' + NOTE;
    expect(account().contactsIncomplete).toBe('the contacts are on the People (3) tab: open it to read them');
  });

  it('reads rows of plain elements under a header row', () => {
    const cells = (...texts: string[]) => `<div>${texts.map((t) => `<span>${t}</span>`).join('')}</div>`;
    document.body.innerHTML =
      '<h1>Acme</h1>' +
      section(
        'Contacts',
        `<div>${cells('Name', 'Email', 'GitLab Role', 'Sold-To')}<div>${cells('Henrik Larsen', 'henrik@atlas.example', 'GitLab Admin', 'No')}${cells('Irene Costa', 'irene@atlas.example', 'Procurement', 'Yes')}</div></div>`,
      );
    const acc = account();
    expect(acc.contacts).toMatchObject([
      { name: 'Henrik Larsen', email: 'henrik@atlas.example', roles: ['GitLab Admin'], soldTo: false },
      { name: 'Irene Costa', roles: ['Procurement'], soldTo: true },
    ]);
    expect(gitlabAdmins(acc).map((c) => c.name)).toEqual(['Henrik Larsen']);
  });

  it('says so and reads nothing when two lists compete inside the section', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + section('People', contactsTable(contactRow('Ada Admin', 'GitLab Admin')) + contactsTable(contactRow('Bob Other')));
    const reading = read();
    expect(reading.account?.contacts).toBeUndefined();
    expect(reading.account?.contactsIncomplete).toBe("the People section shows 2 contact lists, and the reader cannot tell which one is the account's");
    expect(reading.waitingFor).not.toContain('contacts');
  });

  it('follows a renamed section label, and then no longer reads the default ones', () => {
    document.body.innerHTML = '<h1>Acme</h1>' + section('Stakeholders', contactsTable(contactRow('Ada Admin', 'GitLab Admin')));
    expect(account().contacts).toBeUndefined();
    expect(account(URL_CID, { ...LABELS, contactsSection: 'Stakeholders' }).contacts?.map((c) => c.name)).toEqual(['Ada Admin']);
  });
});

describe('a virtualized contacts grid (ag-grid in a shadow root)', () => {
  /** ag-grid: the pinned Name column and the scrolling columns are separate rows joined by aria-rowindex. */
  function grid(names: { name: string; role: string }[], total: number) {
    const host = document.createElement('gs-people-section');
    host.setAttribute('aria-label', 'People');
    document.body.append(host);
    const header = (i: number, text: string) => `<div role="columnheader" aria-colindex="${i}">${text}</div>`;
    const cell = (i: number, text: string) => `<div role="gridcell" aria-colindex="${i}">${text}</div>`;
    const rows = (pick: (r: { name: string; role: string }, i: number) => string) =>
      names.map((r, i) => `<div role="row" aria-rowindex="${i + 2}">${pick(r, i)}</div>`).join('');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<div role="grid" aria-rowcount="${total + 1}" aria-colcount="4">` +
      `<div class="pinned"><div role="row" aria-rowindex="1">${header(1, 'Name')}</div>${rows((r) => cell(1, r.name))}</div>` +
      `<div class="center"><div role="row" aria-rowindex="1">${header(2, 'Email')}${header(3, 'GitLab Role')}${header(4, 'Sold-To')}</div>` +
      `${rows((r) => cell(2, `${r.name.split(' ')[0]!.toLowerCase()}@kestrel.example`) + cell(3, r.role) + cell(4, 'No'))}</div></div>`;
  }
  const people = (n: number, adminAt = -1) => Array.from({ length: n }, (_, i) => ({ name: `Person ${i + 1}`, role: i === adminAt ? 'GitLab Admin' : '---' }));

  it('says how many of how many contacts are visible, and reads each split row as one contact', () => {
    document.body.innerHTML = '<h1>Kestrel</h1>';
    grid(people(20), 64);
    const acc = account();
    expect(acc.contacts).toHaveLength(20);
    expect(acc.contacts?.[3]).toMatchObject({ name: 'Person 4', email: 'person@kestrel.example', roles: [] });
    expect(acc.contactsIncomplete).toBe('20 of 64 contacts visible');
  });

  it('still proves an admin who is among the visible rows', () => {
    document.body.innerHTML = '<h1>Kestrel</h1>';
    grid(people(20, 7), 64);
    const acc = account();
    expect(gitlabAdmins(acc).map((c) => c.name)).toEqual(['Person 8']);
    expect(acc.contactsIncomplete).toBe('20 of 64 contacts visible');
  });

  it('is complete when the grid renders every row it counts', () => {
    document.body.innerHTML = '<h1>Kestrel</h1>';
    grid(people(3, 0), 3);
    expect(account().contactsIncomplete).toBeUndefined();
  });

  it('says when the GitLab Role column is scrolled out of view', () => {
    document.body.innerHTML = `<h1>Kestrel</h1>${section(
      'People',
      '<div role="grid" aria-colcount="9" aria-rowcount="2"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div></div>' +
        '<div role="row"><div role="gridcell">Ada</div><div role="gridcell">ada@k.example</div></div></div>',
    )}`;
    const acc = account();
    expect(acc.contacts).toBeUndefined();
    expect(acc.contactsIncomplete).toBe('the GitLab Role column of the People section is out of view: scroll the list sideways');
  });
});

describe('sections arriving late and separately', () => {
  it('reports which parts it still waits for until every one has rendered', () => {
    const allFields = DEFAULT_SETTINGS.gainsight.labels;
    const summaries = ['customerSince', 'renewalDate', 'arr', 'segment', 'csm'] as const;
    const attributes = (['subscriptionStartDate', 'lastRenewalDate', 'csmAssignedDate', 'plan', 'ultimateSince', 'duoPurchaseDate', 'deployment', 'ciScore', 'ciUtilization', 'licenseUtilization', 'issuesEpicsCreated', 'activeSubscription'] as const)
      .map((key) => attribute(allFields[key], '---'))
      .join('');
    document.body.innerHTML =
      '<h1>Acme</h1>' + section('Summary', summaries.map((key) => summary(allFields[key], '---')).join('')) + '<div class="c360-section" data-label="People" aria-busy="true"><span>People</span></div>';
    expect(read().waitingFor).toEqual(['fields', 'contacts', 'programLogs']);

    document.body.insertAdjacentHTML('beforeend', section('Attributes', attributes));
    expect(read().waitingFor).toEqual(['contacts', 'programLogs']);

    const people = document.querySelector('[data-label="People"]')!;
    people.insertAdjacentHTML('beforeend', contactsTable(contactRow('Ada Admin', 'GitLab Admin')));
    expect(read().waitingFor).toEqual(['contacts', 'programLogs']);
    people.setAttribute('aria-busy', 'false');
    expect(read().waitingFor).toEqual(['programLogs']);

    document.body.insertAdjacentHTML('beforeend', LOGS);
    const done = read();
    expect(done).toMatchObject({ complete: true, waitingFor: [] });
    expect(done.account?.programLogs).toEqual([{ program: 'Customer Newsletter', step: null, sentOn: '2026-10-30', recipients: [] }]);
  });

  it('reads nothing while the previous company is still on screen', () => {
    document.body.innerHTML = '<h1>Old Co</h1>';
    expect(readC360(document, { id: '1P02X', url: URL_CID, labels: LABELS, dateOrder: 'MDY', previousName: 'Old Co' })).toMatchObject({ account: null, complete: false });
  });
});
